/** Build-time constants injected by build.mjs (esbuild `define`). */
declare const __DEBUG__: boolean;
declare const __BROWSER__: "chrome" | "firefox" | "node";

declare module "*.css" {
  const css: string;
  export default css;
}
declare module "*.data.json" {
  const text: string;
  export default text;
}

/** The compiled dataset as JSON text (resolved by build.mjs; see its datasetPlugin). */
declare module "gloss:dataset" {
  const text: string;
  export default text;
}
