// Dates and times in a sentence, read by chrono-node (a well-kept date parser: "by 10/15", "COB
// Thursday", "within 24 hours", "the 3pm call"), and how each is introduced: "by" and "before"
// make a deadline, "last" and "ago" a report of the past. Features of the bound role (issue 11).
import { strict } from 'chrono-node';
import { perSentence, unmoved, type Sentence } from './sentence';

// chrono resolves relative dates against a reference; a fixed one keeps analysis pure. Only the
// shape of what it finds is used, never the resolved day.
const REFERENCE = new Date(Date.UTC(2026, 0, 7, 12));

const INTRODUCERS = /(?:^|\s)(by|before|until|till|til|through|thru|within|no later than|not later than|on|at|this|next|for|from|due|after|since|in|during)\s*$/i;
const PAST = /\b(last|ago|yesterday|earlier|previous|past)\b/i;
const DEADLINE = new Set(['by', 'before', 'until', 'till', 'til', 'through', 'thru', 'within', 'no later than', 'not later than', 'due']);

// A cheap test first: chrono reads only sentences with a month, a time or a duration by
// compromise's tags, or digits shaped like a date or time ("10/15", "3:30", "3pm", "the 14th"): most numbers are amounts.
const DATE_DIGITS = /\d[/.:-]\d|\d\s?(?:am|pm|a\.m|p\.m)\b|\d(?:st|nd|rd|th)\b/i;
// chrono's strict parser reads dates with a month or digits, times and durations, not "Friday"
// or "tomorrow" (compromise tags those, and the phrase lists read them).
const mayHoldDate = (s: Sentence) => DATE_DIGITS.test(s.text) || s.terms.some((t) => t.tags.has('Month') || t.tags.has('Time') || t.tags.has('Duration'));

/** Features of the dates in one sentence: "date", "date:by", "date:past", "date:deadline", "date:time". */
export const dateFeatures = perSentence((s: Sentence): string[] => {
  if (!mayHoldDate(s)) return [];
  const found = new Set<string>();
  for (const r of strict.parse(s.text, REFERENCE)) {
    found.add('date');
    const before = s.text.slice(Math.max(0, r.index - 24), r.index);
    const intro = INTRODUCERS.exec(before)?.[1]?.toLowerCase();
    if (intro) found.add(`date:${intro}`);
    if ((intro && DEADLINE.has(intro)) || /^(within|eod|cob|end of)/i.test(r.text)) found.add('date:deadline');
    if (PAST.test(r.text)) found.add('date:past');
    if (r.start.isCertain('hour')) found.add('date:time');
    if (r.end) found.add('date:range');
  }
  return [...found];
}, unmoved);
