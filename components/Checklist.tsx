import { useId } from 'preact/hooks';
import type { CheckId, Report } from '../lib/analyzer/types';
import { CHECKS, POLISH_CHECKS } from '../lib/checks';
import { ChecklistItem } from './ChecklistItem';
import { ShareMeter } from './ShareMeter';
import { TOTAL_CHECKS, hasFocus, isVisiblePolish, metCount } from './sidebar-text';

export interface ChecklistProps {
  report: Report;
  /** The analysed text: evidence offsets index into it. */
  text: string;
  /** A line under the checklist, e.g. "Checked the first 30,000 characters". */
  note?: string;
  /** One-click phrases for a missing check, when the draft can take them (the sidebar, not the popup). */
  fixFor?(id: CheckId): { variants: readonly string[]; onInsert(phrase: string): void } | undefined;
}

/**
 * The checklist body shared by the sidebar and the popup: the five checks, the polish advice that
 * applies, and the share meter (sidebar.css styles both).
 */
export function Checklist({ report, text, note, fixFor }: ChecklistProps) {
  const checksHeadingId = useId();
  const polishHeadingId = useId();
  const met = metCount(report);
  const polish = POLISH_CHECKS.filter((c) => isVisiblePolish(report.polish[c.id]));

  return (
    <div class="aw-checklist" data-askwell="checklist" data-met={met}>
      <section class="aw-section">
        <h3 class="aw-section-title" id={checksHeadingId}>
          Checklist{' '}
          <span class="aw-section-count">
            {met} of {TOTAL_CHECKS} met
          </span>
        </h3>
        <ol class="aw-list" aria-labelledby={checksHeadingId}>
          {CHECKS.map((meta) => (
            <ChecklistItem key={meta.id} meta={meta} result={report.checks[meta.id]} text={text} fix={fixFor?.(meta.id)} />
          ))}
        </ol>
      </section>

      {polish.length > 0 && (
        <section class="aw-section">
          <h3 class="aw-section-title" id={polishHeadingId}>
            Polish
          </h3>
          <ul class="aw-list" aria-labelledby={polishHeadingId}>
            {polish.map((meta) => (
              <ChecklistItem key={meta.id} meta={meta} result={report.polish[meta.id]} text={text} />
            ))}
          </ul>
        </section>
      )}

      <ShareMeter share={report.otherShare} known={hasFocus(report)} />
      {note && <p class="aw-note">{note}</p>}
    </div>
  );
}
