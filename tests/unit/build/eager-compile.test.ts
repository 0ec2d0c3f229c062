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

/**
 * Functions of those modules that stay compiled on first call, each for a reason: what only the
 * full reading, the CLI or the timing report runs. Any other top-level function declaration in a
 * module of the first look must be written in parentheses: taking one out of them (or adding a
 * plain one) fails here, and the choice is made on purpose.
 */
const LAZY_BY_DESIGN: Record<string, readonly string[]> = {
  "src/core/detect/decide.ts": ["veto", "vetoBeforeReading", "decideArticle"],
  "src/dom/slices.ts": ["runToEnd"],
  "src/dom/first-look.ts": ["addressOf"],
  "src/dom/article.ts": ["sampleText", "cleanTitle", "normalizeDate", "findArticle"],
  "src/content/scheduler.ts": ["longestTaskMs", "longestTasks", "spentTasks", "timed", "nextFrame", "yieldToPage", "sliced", "resetTiming"],
};
const PLAIN_DECLARATION = /^(?:export )?(?:async )?function\s*\*?\s*(\w+)/gm;

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

  it("leave no function of the first look's modules lazy unless it is meant to be", async () => {
    const result = await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: root, loader: "ts" },
      bundle: true, write: false, metafile: true, format: "iife", define: { __DEBUG__: "false", __BROWSER__: '"chrome"' },
      logLevel: "silent",
    });
    const code = (p: string) => readFileSync(join(root, p), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const eager = Object.keys(result.metafile.inputs).filter((p) => p.startsWith("src/") && (code(p).match(WRITTEN)?.length ?? 0) > 0);
    expect(eager.length).toBeGreaterThanOrEqual(7);
    for (const p of eager) {
      const plain = [...code(p).matchAll(PLAIN_DECLARATION)].map((m) => m[1]);
      expect(plain, p).toEqual(LAZY_BY_DESIGN[p] ?? []);
    }
  });
});
