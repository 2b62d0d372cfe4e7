import type { Ref } from 'preact';
import { TOTAL_CHECKS } from './sidebar-text';

export interface BadgeProps {
  /** Checks met out of five, or null while there is no result yet. */
  met: number | null;
  onExpand(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The collapsed sidebar: one small button with the score; clicking it expands the checklist. */
export function Badge({ met, onExpand, buttonRef }: BadgeProps) {
  const label =
    met === null
      ? 'Askwell: no result yet, expand'
      : `Askwell: ${met} of ${TOTAL_CHECKS} checks met, expand`;
  return (
    <button
      type="button"
      class="aw-badge"
      data-askwell="badge"
      data-complete={met === TOTAL_CHECKS ? 'true' : 'false'}
      aria-label={label}
      title={label}
      ref={buttonRef}
      onClick={onExpand}
    >
      {met === null ? '–' : met}/{TOTAL_CHECKS}
    </button>
  );
}
