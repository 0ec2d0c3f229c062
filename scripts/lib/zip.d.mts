/** Types of zip.mjs (the store packages' zip writer), for the TypeScript tests. */
export function zipDirectory(dir: string, outFile: string): void;
