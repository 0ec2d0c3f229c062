/**
 * Work in slices: run items until the slice budget is spent, then yield to the next animation
 * frame, so no task of Gloss's blocks the page for long (issue 7: none over 50 ms). Also keeps the
 * longest slice seen, which the status reports for the benchmark.
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */
import { SLICE_BUDGET_MS } from "../shared/constants";

let longest = 0;
const longestByStep: Record<string, number> = {};
/** Main-thread time spent per step, pauses left out (a step's wall time includes them). */
const spentByStep: Record<string, number> = {};

/** The longest slice of work measured so far (milliseconds). */
export function longestTaskMs(): number {
  return longest;
}

/** The longest slice per named step, to find what to slice further. */
export function longestTasks(): Record<string, number> {
  return { ...longestByStep };
}

/** The main-thread time spent per named step so far. */
export function spentTasks(): Record<string, number> {
  return Object.fromEntries(Object.entries(spentByStep).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

/** Records the duration of a unit of work that started at `startedAt` (performance.now()). */
export const noteTask = (function noteTask(startedAt: number, step = "other"): void {
  const spent = performance.now() - startedAt;
  if (spent > longest) longest = spent;
  if (spent > (longestByStep[step] ?? 0)) longestByStep[step] = Math.round(spent * 10) / 10;
  spentByStep[step] = (spentByStep[step] ?? 0) + spent;
});

/** Runs `fn` and records how long it took under the name `step`. */
export function timed<T>(fn: () => T, step = "other"): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    noteTask(start, step);
  }
}

/**
 * Resolves at the next animation frame. Hidden documents get no frames and their timers are
 * throttled to one a second, so there a message to ourselves yields to the event loop instead.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else requestAnimationFrame(() => resolve());
  });
}

/**
 * Gives the page its main thread back without waiting for a frame: input and rendering that are
 * due run first, then the work goes on (scheduler.yield where the browser has it).
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === "function") return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `fn` on every item, SLICE_BUDGET_MS at a time. The first slice runs at once (a short page
 * is done without waiting a frame). Stops early when `signal` aborts.
 */
export async function sliced<T>(items: readonly T[], fn: (item: T, index: number) => void, signal?: AbortSignal, step = "sliced"): Promise<void> {
  let i = 0;
  while (i < items.length) {
    if (signal?.aborted) return;
    const start = performance.now();
    do {
      fn(items[i]!, i);
      i++;
    } while (i < items.length && performance.now() - start < SLICE_BUDGET_MS);
    noteTask(start, step);
    if (i < items.length) await nextFrame();
  }
}

/** For tests: forget the longest slice. */
export function resetTiming(): void {
  longest = 0;
  for (const k of Object.keys(longestByStep)) delete longestByStep[k];
  for (const k of Object.keys(spentByStep)) delete spentByStep[k];
}
