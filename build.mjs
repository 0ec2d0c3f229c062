#!/usr/bin/env node
/**
 * Builds Gloss for Chrome and Firefox from one table of entries.
 *
 *   node build.mjs            build dist/chrome, dist/firefox, their zips, and the CLI bundle
 *   node build.mjs --watch    rebuild on change (no zips)
 *   node build.mjs --dev      keep __DEBUG__ true and skip minification
 *
 * Prints every bundle's size raw and gzipped and exits non-zero when the content script is over
 * its budget or any build step fails. Type-checking is its own step (`npm run typecheck`).
 */
import * as esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { zipDirectory } from "./scripts/lib/zip.mjs";
import { preactTextOnlyPlugin } from "./scripts/lib/preact-text-only.mjs";
import { manifestFiles, manifestFor, MIN_CHROME, MIN_FIREFOX } from "./scripts/lib/manifests.mjs";

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const dev = args.has("--dev") || watch;

/** Content script budget: it is injected into every page, so it must stay small (issue 9). */
const CONTENT_BUDGET_GZIP = 40 * 1024;

/** One table of entries: source, output file (relative to the browser folder), format. */
const ENTRIES = [
  { name: "content", src: "src/content/index.ts", out: "content.js", format: "iife" },
  { name: "background", src: "src/background/index.ts", out: "background.js", format: "iife" },
  { name: "popup", src: "src/popup/index.tsx", out: "popup.js", format: "iife" },
  { name: "options", src: "src/options/index.tsx", out: "options.js", format: "iife" },
];
/** Static files copied as they are into each browser folder. */
const STATIC = [
  ["src/popup/popup.html", "popup.html"],
  ["src/options/options.html", "options.html"],
  ["src/_locales", "_locales"],
  // The PNG sizes the manifest names; their SVG source stays out of the packages.
  ...[16, 32, 48, 128].map((size) => [`icons/icon-${size}.png`, `icons/icon-${size}.png`]),
];
const BROWSERS = ["chrome", "firefox"];

function manifestOf(browser) {
  const base = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  return manifestFor(base, version, browser);
}

function ensureDataset() {
  const out = join(root, "generated/gloss.data.json");
  const srcDir = join(root, "data");
  const newest = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile()).reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
  // The compiled file ships the alias index the tokenizer builds: it is stale when either changes.
  const stale = !existsSync(out) || newest(srcDir) > statSync(out).mtimeMs
    || statSync(join(root, "scripts/build-data.mjs")).mtimeMs > statSync(out).mtimeMs
    || newest(join(root, "src/core/text")) > statSync(out).mtimeMs || newest(join(root, "src/core/dataset")) > statSync(out).mtimeMs;
  if (stale) execFileSync(process.execPath, [join(root, "scripts/build-data.mjs")], { stdio: "inherit" });
}

/**
 * `import datasetText from "gloss:dataset"` gives the compiled dataset as a string: JSON.parse of
 * a string is much faster to start than the same data as a JavaScript object literal, and the
 * type checker never has to read the multi-megabyte file.
 */
const datasetPlugin = {
  name: "gloss-dataset",
  setup(build) {
    build.onResolve({ filter: /^gloss:dataset$/ }, () => ({ path: join(root, "generated/gloss.data.json"), namespace: "gloss-dataset" }));
    build.onLoad({ filter: /.*/, namespace: "gloss-dataset" }, (a) => ({ contents: readFileSync(a.path, "utf8"), loader: "text" }));
  },
};

function commonOptions(browser) {
  return {
    plugins: [datasetPlugin, preactTextOnlyPlugin],
    bundle: true,
    minify: !dev,
    sourcemap: dev ? "inline" : false,
    target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX}`],
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    logLevel: "warning",
    define: { __DEBUG__: JSON.stringify(dev), __BROWSER__: JSON.stringify(browser) },
    loader: { ".css": "text", ".data.json": "text" },
  };
}

function kb(n) { return (n / 1024).toFixed(1) + " KB"; }

function report(browser) {
  const dir = join(root, "dist", browser);
  const rows = [];
  for (const e of ENTRIES) {
    const buf = readFileSync(join(dir, e.out));
    rows.push({ name: e.name, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return rows;
}

async function buildBrowser(browser) {
  const dir = join(root, "dist", browser);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [from, to] of STATIC) if (existsSync(join(root, from))) cpSync(join(root, from), join(dir, to), { recursive: true });
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifestOf(browser), null, 2) + "\n");
  const contexts = [];
  for (const e of ENTRIES) {
    const opts = { ...commonOptions(browser), entryPoints: [join(root, e.src)], outfile: join(dir, e.out), format: e.format };
    if (watch) contexts.push(await esbuild.context(opts));
    else await esbuild.build(opts);
  }
  const missing = manifestFiles(manifestOf(browser)).filter((f) => !existsSync(join(dir, f)));
  if (missing.length) throw new Error(`dist/${browser}: the manifest names files the build did not make: ${missing.join(", ")}`);
  return contexts;
}

async function buildCli() {
  await esbuild.build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: join(root, "dist/cli/gloss.mjs"),
    bundle: true, platform: "node", format: "esm", target: "node20",
    packages: "external", logLevel: "warning",
    loader: { ".data.json": "text", ".css": "text" },
    define: { __DEBUG__: "false", __BROWSER__: '"node"' },
  });
}

async function main() {
  ensureDataset();
  const contexts = [];
  for (const b of BROWSERS) contexts.push(...(await buildBrowser(b)));
  await buildCli();
  if (watch) {
    for (const c of contexts) await c.watch();
    console.log("watching src/ for changes (Ctrl-C to stop)");
    return;
  }
  let over = false;
  for (const b of BROWSERS) {
    console.log(`dist/${b}`);
    for (const r of report(b)) {
      const budget = r.name === "content" ? ` (budget ${kb(CONTENT_BUDGET_GZIP)} gzip)` : "";
      console.log(`  ${r.name.padEnd(11)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip${budget}`);
      if (r.name === "content" && r.gzip > CONTENT_BUDGET_GZIP) over = true;
    }
    const zip = join(root, "dist", `gloss-${b}.zip`);
    zipDirectory(join(root, "dist", b), zip);
    console.log(`  package     ${kb(statSync(zip).size).padStart(10)}     ${relative(root, zip)}`);
  }
  const data = readFileSync(join(root, "generated/gloss.data.json"));
  console.log(`dataset       ${kb(data.length).padStart(10)} raw ${kb(gzipSync(data, { level: 9 }).length).padStart(10)} gzip`);
  if (over) {
    console.error(`content script over its budget of ${kb(CONTENT_BUDGET_GZIP)} gzipped`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
