import type { Draft, Sentence } from '../analyzer/sentence';
import type { RoleId } from '../analyzer/types';

/** The sentences the role model gives `role`, in draft order. */
export function sentencesWith(draft: Draft, role: RoleId): Sentence[] {
  return draft.sentences.filter((_, i) => draft.roles[i]?.roles.includes(role));
}
