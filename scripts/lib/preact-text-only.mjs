/**
 * esbuild plugin: bundles Preact without its one HTML-parsing path.
 *
 * Preact parses markup in a single place, `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
 * Gloss never passes that prop: page and dataset text reach the DOM only as text children. Yet the
 * assignment sits in every bundle that renders with Preact (content, popup, options), and
 * addons.mozilla.org's linter rightly reports it as UNSAFE_VAR_ASSIGNMENT. The plugin rewrites it
 * to assign `textContent`, so even a future component that passed the prop would show the markup
 * as text instead of running it.
 *
 * Preact ships minified, so the rewrite matches the shape of the assignment, not variable names,
 * and the build fails when Preact does not contain exactly one: an update changed that code and
 * the rewrite must be looked at again, never skipped silently.
 */
import { readFileSync } from "node:fs";

/** Preact's core bundle as esbuild resolves `import … from "preact"` through its exports map. */
const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const HTML_ASSIGNMENT = /([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;

/** Preact's source with its innerHTML assignment made a textContent one; throws if it is not there once. */
export function withoutHtmlParsing(source, file = "preact") {
  const found = source.match(HTML_ASSIGNMENT)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`${file}: expected one "x.innerHTML=y.__html" in Preact, found ${found}; update scripts/lib/preact-text-only.mjs for this Preact version`);
  }
  return source.replace(HTML_ASSIGNMENT, "$1.textContent=$2.__html");
}

export const preactTextOnlyPlugin = {
  name: "preact-text-only",
  setup(build) {
    build.onLoad({ filter: PREACT_CORE }, (args) => ({
      contents: withoutHtmlParsing(readFileSync(args.path, "utf8"), args.path),
      loader: "js",
    }));
  },
};
