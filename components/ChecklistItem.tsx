import { useId, useState } from 'preact/hooks';
import type { AnyCheckId, CheckResult } from '../lib/analyzer/types';
import type { CheckMeta } from '../lib/checks';
import { STATUS_ICON, STATUS_LABEL, evidenceText } from './sidebar-text';

export interface ChecklistItemProps {
  meta: CheckMeta<AnyCheckId>;
  result: CheckResult;
  /** The analysed text; evidence offsets index into it. */
  text: string;
  /** One-click phrases for a missing check (easy no, thanks, bounded), and what a click does. */
  fix?: { variants: readonly string[]; onInsert(phrase: string): void };
}

/**
 * One line of the checklist: status, title, what we found (or what to do), and, behind a
 * disclosure button, why it matters and what the detector looks for (from the check's metadata).
 */
export function ChecklistItem({ meta, result, text, fix }: ChecklistItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { status } = result;
  const quoted = status === 'met' ? evidenceText(text, result.evidence) : '';

  return (
    <li class="aw-item" data-check={meta.id} data-status={status}>
      <button
        type="button"
        class="aw-item-toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((o) => !o)}
      >
        <span class="aw-icon" data-status={status} aria-hidden="true">
          {STATUS_ICON[status]}
        </span>
        <span class="aw-sr">{STATUS_LABEL[status]}: </span>
        <span class="aw-item-title">{meta.title}</span>
        <span class="aw-chevron" aria-hidden="true" />
      </button>

      <div class="aw-item-body">
        {status === 'met' &&
          (quoted ? (
            <p class="aw-evidence" data-part="evidence">
              <span class="aw-sr">Found: </span>“{quoted}”
            </p>
          ) : (
            <p class="aw-reason" data-part="reason">
              {result.reason}
            </p>
          ))}
        {status === 'missing' && (
          <>
            <p class="aw-reason" data-part="reason">
              {result.reason}
            </p>
            {result.suggestion && (
              <p class="aw-suggestion" data-part="suggestion">
                <span class="aw-label">Try: </span>
                {result.suggestion}
              </p>
            )}
            {fix && fix.variants.length > 0 && (
              <div class="aw-fixes" role="group" aria-label={`Insert a phrase for ${meta.title}`}>
                {fix.variants.map((phrase) => (
                  <button
                    type="button"
                    class="aw-fix"
                    data-action="insert"
                    title="Insert into the draft (Ctrl+Z undoes it)"
                    onClick={() => fix.onInsert(phrase)}
                  >
                    <span class="aw-label">Insert </span>“{phrase}”
                  </button>
                ))}
              </div>
            )}
          </>
        )}
        {status === 'not-applicable' && (
          <p class="aw-reason" data-part="reason">
            {result.reason}
          </p>
        )}
      </div>

      <div id={detailsId} class="aw-details" data-part="details" hidden={!open}>
        <p>
          <span class="aw-label">Why: </span>
          {meta.why}
        </p>
        <p>
          <span class="aw-label">Looks for: </span>
          {meta.looksFor}
        </p>
        {/^https?:\/\//.test(meta.source) ? (
          <p>
            <a class="aw-source" href={meta.source} target="_blank" rel="noopener noreferrer">
              Source<span class="aw-sr"> for {meta.title} (opens in a new tab)</span>
            </a>
          </p>
        ) : (
          <p class="aw-source">Source: {meta.source}</p>
        )}
      </div>
    </li>
  );
}
