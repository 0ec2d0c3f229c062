/**
 * Long DOM work written once as a generator that yields at safe points, run either to the end at
 * once (the CLI, tests) or in slices that give the page its main thread back between them (the
 * content script: no task of Gloss's over 50 ms, issue 9).
 */

/** Work that yields (nothing) at points where it may pause, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

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
  /** Told how long each slice ran, for the timing report. */
  onSlice?: (startedAt: number) => void;
  signal?: AbortSignal;
}

/** Runs `steps`, pausing whenever a slice has used its budget. Resolves `undefined` when aborted. */
export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions): Promise<T | undefined> {
  for (;;) {
    if (opts.signal?.aborted) return undefined;
    const start = performance.now();
    let r: IteratorResult<void, T>;
    do r = steps.next();
    while (!r.done && performance.now() - start < opts.budgetMs);
    opts.onSlice?.(start);
    if (r.done) return r.value;
    await opts.pause();
  }
}
