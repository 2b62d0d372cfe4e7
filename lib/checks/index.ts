import { specificAsk } from './specific-ask';
import { bounded } from './bounded';
import { easyNo } from './easy-no';
import { benefit } from './benefit';
import { thanks } from './thanks';
import { leadWithAsk } from './lead-with-ask';
import { concise } from './concise';
import { calm } from './calm';
import { hedging } from './hedging';
import { reciprocity } from './reciprocity';
import { oneOff } from './one-off';
import type { Check } from './types';
import type { PolishId } from '../analyzer/types';

export type { Check, CheckMeta } from './types';

/** The checklist, in the order it is shown. */
export const CHECKS: readonly Check[] = [specificAsk, bounded, easyNo, benefit, thanks];

/** Secondary advice, shown below the checklist. */
export const POLISH_CHECKS: readonly Check<PolishId>[] = [leadWithAsk, concise, calm, hedging, reciprocity, oneOff];
