/** Types of preact-text-only.mjs (the esbuild plugin that keeps Preact from parsing HTML), for the TypeScript tests. */
import type { Plugin } from "esbuild";

export function withoutHtmlParsing(source: string, file?: string): string;
export const preactTextOnlyPlugin: Plugin;
