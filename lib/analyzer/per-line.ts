import { rememberingMap } from './memory';

/**
 * `count` of a text as the sum of its lines' counts, each line's remembered: a keystroke changes
 * one line of a long draft, so counting it again costs that line (issue 6). Only for counts of
 * matches that never span a line break.
 */
export function countByLine<N extends number[]>(count: (line: string) => N, limit = 5_000): (text: string) => N {
  const known = rememberingMap<string, N>();
  return (text) => {
    let total: N | null = null;
    for (const line of text.split('\n')) {
      let counts = known.get(line);
      if (!counts) {
        counts = count(line);
        // A long session on many drafts: start over rather than track which lines are stale.
        if (known.size >= limit) known.clear();
        known.set(line, counts);
      }
      if (!total) total = [...counts] as N;
      else for (let i = 0; i < counts.length; i++) total[i]! += counts[i]!;
    }
    return total!;
  };
}
