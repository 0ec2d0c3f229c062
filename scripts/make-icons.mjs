#!/usr/bin/env node
/**
 * Renders icons/icon.svg to the PNG sizes the manifest names (16, 32, 48, 128 px) in headless
 * Chromium, so the one SVG stays the only source. Run after editing the SVG and commit the PNGs:
 *   node scripts/make-icons.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchWithGloss, root } from "./lib/browsers.mjs";

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(join(root, "icons/icon.svg"), "utf8");
const session = await launchWithGloss("chromium", { extension: false });
try {
  const page = await session.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `icons/icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png  ${png.length} bytes`);
  }
} finally {
  await session.close();
}
