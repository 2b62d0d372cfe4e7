import { specificAsk } from './specific-ask';
import { bounded } from './bounded';
import { easyNo } from './easy-no';
import { benefit } from './benefit';
import { thanks } from './thanks';
import type { Check } from './types';

export type { Check, CheckMeta } from './types';

/** The checklist, in the order it is shown. */
export const CHECKS: readonly Check[] = [specificAsk, bounded, easyNo, benefit, thanks];
