/**
 * The first look's functions are written `const f = (function f() {…})` so that V8 compiles them
 * with the content script rather than on their first call (src/dom/first-look.ts). The hint is the
 * parentheses alone: a minifier that dropped them would silently move ~1 ms of compiling back into
 * the article decision. Bundles the first look's code as build.mjs does (minified) and checks that
 * every such function is still in parentheses.
 */
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_CHROME, MIN_FIREFOX } from "../../../scripts/lib/manifests.mjs";

const root = join(__dirname, "../../..");

/** What the content script runs up to its decision: the first look and the slices that run it. */
const ENTRY = `
import { firstLook } from "./src/dom/first-look";
import { findArticleSliced } from "./src/dom/article";
import { noteTask } from "./src/content/scheduler";
console.log(firstLook, findArticleSliced, noteTask);
`;

/** A function expression in parentheses, as written in the source and as esbuild prints it. */
const WRITTEN = /=\s*\((?:async\s+)?function\s*\*?\s*\w+\s*[(<]/g;
const PRINTED = /\((?:async )?function\s*\*?\s*[\w$]*\(/g;

describe("eager compilation hints", () => {
  it("survive minification: every parenthesized function of the first look's modules stays parenthesized", async () => {
    const result = await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: root, loader: "ts" },
      bundle: true, write: false, metafile: true, format: "iife", minify: true,
      target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX}`], define: { __DEBUG__: "false", __BROWSER__: '"chrome"' },
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith("src/"));
    // Counted in the code, not in the doc comments that show the form.
    const code = (p: string) => readFileSync(join(root, p), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const written = inputs.reduce((n, p) => n + (code(p).match(WRITTEN)?.length ?? 0), 0);
    const printed = result.outputFiles[0]!.text.match(PRINTED)?.length ?? 0;
    // The look itself, JSON-LD, type names, the address, the first-sight rule, the slices: ~45.
    expect(written).toBeGreaterThan(40);
    expect(printed).toBe(written);
  });
});
