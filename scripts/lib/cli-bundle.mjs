/**
 * Builds (when stale) and loads the node bundle of the core + CLI: `bin/gloss.mjs` and the
 * benchmark both run exactly what `src/` holds now, without a separate build step.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const bundlePath = join(root, "dist/cli/gloss.mjs");
export const datasetPath = join(root, "generated/gloss.data.json");

function newest(dir) {
  let max = 0;
  if (!existsSync(join(root, dir))) return 0;
  for (const f of readdirSync(join(root, dir), { recursive: true })) {
    const s = statSync(join(root, dir, String(f)));
    if (s.isFile() && s.mtimeMs > max) max = s.mtimeMs;
  }
  return max;
}
const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);

export async function ensureCliBundle() {
  // The compiled dataset ships an alias index cut by the core's tokenizer: rebuild it when that changes too.
  if (mtime(datasetPath) < Math.max(newest("data"), newest("src/core/text"), newest("src/core/dataset"), mtime(join(root, "scripts/build-data.mjs")))) {
    execFileSync(process.execPath, [join(root, "scripts/build-data.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  }
  if (mtime(bundlePath) < Math.max(newest("src"), newest("data"))) {
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: [join(root, "src/cli/main.ts")], outfile: bundlePath, bundle: true, platform: "node",
      format: "esm", target: "node20", packages: "external", logLevel: "error",
      loader: { ".data.json": "text", ".css": "text" },
      define: { __DEBUG__: "false", __BROWSER__: '"node"' },
    });
  }
  return import(pathToFileURL(bundlePath).href);
}
