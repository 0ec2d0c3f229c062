/** Types of manifests.mjs (per-browser manifests), for the TypeScript tests. */
export type Manifest = Record<string, any>;
export type Browser = "chrome" | "firefox";

export const MIN_CHROME: number;
export const MIN_FIREFOX: number;
export const GECKO_ID: string;

export function manifestFor(base: Manifest, version: string, browser: Browser | string): Manifest;
export function manifestFiles(manifest: Manifest): string[];
