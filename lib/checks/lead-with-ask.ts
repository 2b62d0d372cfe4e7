import type { Check } from './types';
import { met, missing } from './result';
import { splitBlocks, type Block } from '../analyzer/blocks';
import type { Sentence } from '../analyzer/sentence';
import { isFurniture } from '../analyzer/focus';
import { quote } from '../analyzer/text';

/** Past this many words of lead-in, a reader skimming the top has not met the ask yet. */
export const LATE_ASK_WORDS = 150;

/** The blocks that hold a content sentence; both lists are in draft order, so one pass finds them. */
function withContent(blocks: readonly Block[], content: readonly Sentence[]): Block[] {
  const kept: Block[] = [];
  let i = 0;
  for (const b of blocks) {
    const end = b.start + b.text.length;
    while (i < content.length && content[i]!.start < b.start) i += 1;
    if (i < content.length && content[i]!.end <= end) kept.push(b);
  }
  return kept;
}

export const leadWithAsk: Check<'lead-with-ask'> = {
  id: 'lead-with-ask',
  title: 'Leads with the ask',
  looksFor:
    'Where the first ask sits: after 150 or more words of lead-in, or in the last of three or more paragraphs, it comes late.',
  why: 'Busy readers skim the top; an ask buried under background or left for the last paragraph is easy to miss.',
  source: 'https://hbr.org/2016/11/how-to-write-email-with-military-precision',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Hi Sam,\n\nCould you review the Q3 budget by Friday? The travel line is the part I am unsure about.\n\nThanks,\nAna',
      'Would you introduce me to Priya? I am building a tool her team could use, and a two-line intro would be plenty.',
    ],
    missing: [
      `Hi Sam,\n\n${'We have been planning the offsite for weeks and the venue, catering and travel are now mostly settled. '.repeat(9)}\n\nCould you review the budget by Friday?`,
      'Hi Sam,\n\nThe offsite planning is going well and the venue is booked.\n\nCatering is settled and travel is mostly sorted for the team.\n\nCould you review the budget by Friday?',
    ],
  },
  detect(draft) {
    const ask = draft.asks[0]!;
    const content = draft.sentences.filter((s) => !isFurniture(s));
    const wordsBefore = content.filter((s) => s.end <= ask.start).reduce((n, s) => n + s.words, 0);
    const paragraphs = withContent(splitBlocks(draft.text), content);
    const inLast = paragraphs.length >= 3 && ask.start >= paragraphs.at(-1)!.start;
    if (wordsBefore < LATE_ASK_WORDS && !inLast) {
      return met([ask], wordsBefore === 0 ? 'the ask comes first' : `the ask comes after ${wordsBefore} words`);
    }
    const where = inLast ? 'in the last paragraph' : `after ${wordsBefore} words`;
    return missing(
      `the ask comes late, ${where}: “${quote(draft.text, ask, 50)}”`,
      `Move “${quote(draft.text, ask, 50)}” to the top and let the background follow.`,
    );
  },
};
