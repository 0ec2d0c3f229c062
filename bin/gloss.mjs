#!/usr/bin/env node
// Entry of the `gloss` command: builds the CLI bundle (and the dataset) when missing or older than
// their sources, then runs it. esbuild takes well under a second, so a fresh clone needs no step.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist/cli/gloss.mjs");
const dataset = join(root, "generated/gloss.data.json");

function newest(dir) {
  let max = 0;
  for (const f of readdirSync(join(root, dir), { recursive: true })) {
    const s = statSync(join(root, dir, String(f)));
    if (s.isFile() && s.mtimeMs > max) max = s.mtimeMs;
  }
  return max;
}

const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
if (mtime(dataset) < Math.max(newest("data"), mtime(join(root, "scripts/build-data.mjs")))) {
  execFileSync(process.execPath, [join(root, "scripts/build-data.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
}
if (mtime(bundle) < newest("src")) {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [join(root, "src/cli/main.ts")], outfile: bundle, bundle: true, platform: "node",
    format: "esm", target: "node20", packages: "external", logLevel: "error",
    loader: { ".data.json": "text", ".css": "text" },
    define: { __DEBUG__: "false", __BROWSER__: '"node"' },
  });
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
