import { askOther, askTentative, askSelf, askVague, notAsk } from './requests';
import { deadline, when, size, notBound } from './bounds';
import { easyNo, declineIf, declineOk, notEasyNo } from './easy-no';
import { benefit, gain, selfGain } from './benefit';
import { thanks, notThanks } from './thanks';
import { greeting, signoff } from './structure';
import { pressure, hedge, reciprocity, oneOff, bigFavor } from './polish';
import type { PhraseList } from './types';

export type { HitKind, PhraseList } from './types';
export { SELF_WORDS, OTHER_WORDS, SELF_SUBJECTS, OTHER_SUBJECTS } from './pronouns';
export { SIGN_OFF_WORDS, NAME_LINE } from './structure';
export { ASK_KIND_WORDS, type AskKind } from './ask-kinds';
export { SHORTHAND_WORDS } from './shorthand';

export const PHRASE_LISTS: readonly PhraseList[] = [
  askOther, askTentative, askSelf, askVague, notAsk,
  deadline, when, size, notBound,
  easyNo, declineIf, declineOk, notEasyNo,
  benefit, gain, selfGain,
  thanks, notThanks,
  greeting, signoff,
  pressure, hedge, reciprocity, oneOff, bigFavor,
];
