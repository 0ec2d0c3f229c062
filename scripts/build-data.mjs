#!/usr/bin/env node
// Compiles data/**/*.json (arrays of entries) into generated/gloss.data.json. (First version; the
// dataset work adds validation and generated sources.)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = readdirSync(join(root, "data"), { recursive: true }).map(String).filter((f) => f.endsWith(".json")).sort();
const entries = files.flatMap((f) => JSON.parse(readFileSync(join(root, "data", f), "utf8")));
mkdirSync(join(root, "generated"), { recursive: true });
writeFileSync(join(root, "generated/gloss.data.json"), JSON.stringify({ version: 1, builtAt: new Date().toISOString().slice(0, 10), entries }));
console.log(`dataset: ${entries.length} entries from ${files.length} files`);
