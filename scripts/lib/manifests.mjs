/**
 * The per-browser manifests, each the base `manifest.json` plus a small patch, and the list of
 * files a manifest names, which the build checks against each package.
 */

/** Oldest browsers Gloss supports; the bundles are compiled for the same versions. */
export const MIN_CHROME = 120;
export const MIN_FIREFOX = 140;
/** data_collection_permissions arrived in Firefox for Android a little later than on desktop. */
const MIN_FIREFOX_ANDROID = 142;
export const GECKO_ID = "gloss@gloss-reader.org";

/**
 * Chrome runs the background as a service worker and warns about keys it does not know, so it gets
 * no Firefox settings; Firefox MV3 runs background scripts and needs an add-on id and a statement
 * of the data Gloss collects, which is none.
 */
export function manifestFor(base, version, browser) {
  const manifest = structuredClone(base);
  manifest.version = version;
  if (browser === "chrome") {
    manifest.background = { service_worker: "background.js" };
    manifest.minimum_chrome_version = String(MIN_CHROME);
  } else if (browser === "firefox") {
    manifest.background = { scripts: ["background.js"] };
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: `${MIN_FIREFOX}.0`, data_collection_permissions: { required: ["none"] } },
      gecko_android: { strict_min_version: `${MIN_FIREFOX_ANDROID}.0` },
    };
  } else {
    throw new Error(`unknown browser "${browser}"`);
  }
  return manifest;
}

/** Every file of the package the manifest refers to (scripts, pages, icons, the default locale). */
export function manifestFiles(manifest) {
  const files = new Set();
  for (const path of Object.values(manifest.icons ?? {})) files.add(path);
  for (const path of Object.values(manifest.action?.default_icon ?? {})) files.add(path);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  for (const path of manifest.background?.scripts ?? []) files.add(path);
  for (const script of manifest.content_scripts ?? []) for (const path of [...(script.js ?? []), ...(script.css ?? [])]) files.add(path);
  if (manifest.default_locale) files.add(`_locales/${manifest.default_locale}/messages.json`);
  return [...files];
}
