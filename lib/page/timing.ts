// User Timing for Askwell's own main-thread work on the mail page: each wrapped piece of
// synchronous work leaves one `askwell:<name>` measure (no marks, no detail, no text), so a
// browser test or the DevTools Performance panel can attribute time to Askwell. Cheap: two
// performance.now() calls and one measure; bounded: the measures are cleared every LIMIT.
const LIMIT = 1000;
const names = new Set<string>();
let count = 0;

const perf: Performance | undefined = typeof performance === 'undefined' ? undefined : performance;
const can = !!perf && typeof perf.measure === 'function' && typeof perf.now === 'function';

function record(name: string, start: number): void {
  try {
    const full = `askwell:${name}`;
    perf!.measure(full, { start, end: perf!.now() });
    names.add(full);
    if (++count >= LIMIT) {
      count = 0;
      for (const n of names) perf!.clearMeasures(n);
    }
  } catch {
    // Timing must never break the work it times.
  }
}

/** Runs `fn` and records how long it took as the measure `askwell:<name>`. */
export function timed<T>(name: string, fn: () => T): T {
  if (!can) return fn();
  const start = perf!.now();
  try {
    return fn();
  } finally {
    record(name, start);
  }
}
