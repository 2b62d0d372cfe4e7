import { useId } from 'preact/hooks';
import { shareAttr, sharePercent } from './sidebar-text';

export interface ShareMeterProps {
  /** Report.otherShare: share (0..1) of the words in self/other sentences that are about the recipient. */
  share: number;
  /** False when no sentence is about either side: the share is then meaningless and shown as "–". */
  known: boolean;
}

/**
 * How much of the draft is about the recipient. The bar is split: green = about them, yellow =
 * about you, the same colours as the sentence highlights on the page (legend below it).
 */
export function ShareMeter({ share, known }: ShareMeterProps) {
  const labelId = useId();
  const pct = known ? sharePercent(share) : 0;
  const valueText = known ? `${pct}% about them, ${100 - pct}% about you` : 'No sentences about you or them yet';

  return (
    <section class="aw-share" aria-label="Who the draft is about">
      <p class="aw-share-label" id={labelId}>
        About them: <strong>{known ? `${pct}%` : '–'}</strong>
      </p>
      <div
        class="aw-meter"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={valueText}
        data-askwell-share={shareAttr(known ? share : 0)}
        data-known={known ? 'true' : 'false'}
      >
        {known && (
          <>
            <span class="aw-meter-other" style={{ width: `${pct}%` }} />
            <span class="aw-meter-self" style={{ width: `${100 - pct}%` }} />
          </>
        )}
      </div>
      <ul class="aw-legend" aria-label="Highlight colours">
        <li>
          <span class="aw-swatch" data-focus="self" aria-hidden="true" />
          About you
        </li>
        <li>
          <span class="aw-swatch" data-focus="other" aria-hidden="true" />
          About them
        </li>
      </ul>
    </section>
  );
}
