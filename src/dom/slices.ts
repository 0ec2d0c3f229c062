/**
 * Long DOM work written once as a generator that yields at safe points, run either to the end at
 * once (the CLI, tests) or in slices that give the page its main thread back between them (the
 * content script: no task of Gloss's over 50 ms, issue 9).
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */

/**
 * Work that yields at points where it may pause, and returns its result. It yields nothing, or the
 * name of the phase it starts there: `runSliced` then ends the slice, so that each slice's time
 * belongs to one phase (detection's decision apart from finding the story, for the benchmark).
 */
export type Steps<T> = Generator<string | void, T, void>;

/** Runs `steps` without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Work per slice before pausing (ms). */
  budgetMs: number;
  /** Gives the page its turn (a frame, a message to ourselves). */
  pause: () => Promise<void>;
  /** Told how long each slice ran, for the timing report, and the phase it ran in (undefined before the first named one). */
  onSlice?: (startedAt: number, phase: string | undefined) => void;
  signal?: AbortSignal;
}

/**
 * Runs `steps`, pausing whenever a slice has used its budget or a new phase begins. Resolves
 * `undefined` when aborted.
 */
export const runSliced = (async function runSliced<T>(steps: Steps<T>, opts: SliceOptions): Promise<T | undefined> {
  let phase: string | undefined;
  for (;;) {
    if (opts.signal?.aborted) return undefined;
    const start = performance.now();
    let r: IteratorResult<string | void, T>;
    do r = steps.next();
    while (!r.done && r.value === undefined && performance.now() - start < opts.budgetMs);
    opts.onSlice?.(start, phase);
    if (r.done) return r.value;
    if (typeof r.value === "string") phase = r.value;
    await opts.pause();
  }
});
