import type { Check } from './types';
import { met, missing } from './result';
import type { Span } from '../analyzer/types';
import { quote } from '../analyzer/text';
import { askBefore } from './phrasing';
import { sentencesWith } from './with-role';

export const easyNo: Check = {
  id: 'easy-no',
  title: 'Easy no',
  looksFor:
    'An explicit, costless way to decline: “no worries if not”, “totally fine to say no”, “I completely understand if…”, “no pressure”, or a condition plus an acceptance (“if the timing is wrong, that’s fine”, “if it’s too much, I’ll ask Gerrit instead”). Logistics opt-outs (“let me know if you can’t attend”), redirects that still ask, and “I can’t say no to this” do not count.',
  why: 'Saying plainly that a “no” is fine protects their autonomy, and people who feel free to refuse agree more often.',
  source: 'https://doi.org/10.1080/10510974.2012.727941',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Could you review my draft by Friday? No worries if not.',
      'Would you introduce me to Dana? If the timing is wrong, I completely understand.',
      'Can you cover my Saturday shift? Totally fine to say no.',
    ],
    missing: [
      'Could you review my draft by Friday? Let me know if you can’t.',
      'I can’t say no to this project, so could you send me the files?',
      'Could you cover my Saturday shift? Saying no isn’t really an option.',
    ],
  },
  detect(draft) {
    // The evidence is the whole sentence: "No worries if not." reads better than "No worries if".
    const evidence: Span[] = sentencesWith(draft, 'easy-no').map(({ start, end }) => ({ start, end }));
    if (evidence.length > 0) {
      const out = evidence[0]!;
      const ask = askBefore(draft, out);
      return met(evidence, `“${quote(draft.text, out, 50)}” lets them decline “${quote(draft.text, ask, 40)}”`);
    }
    const main = draft.mainAsk!;
    return missing(
      `nothing says a “no” to “${quote(draft.text, main, 50)}” is fine`,
      `Right after “${quote(draft.text, main, 40)}”, give them a safe way to decline: “No worries if the timing doesn’t work.”`,
    );
  },
};
