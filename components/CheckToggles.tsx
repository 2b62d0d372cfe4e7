import { useId } from 'preact/hooks';
import type { AnyCheckId, CheckId } from '../lib/analyzer/types';
import { CHECKS, POLISH_CHECKS, type CheckMeta } from '../lib/checks';
import { isBlocking, isCheckOn, type Settings } from '../lib/settings';
import { Switch } from './Switch';

export interface CheckTogglesProps {
  settings: Settings;
  update(change: (s: Settings) => Settings): void;
}

const setCheck = (id: AnyCheckId, on: boolean) => (s: Settings): Settings => ({ ...s, checks: { ...s.checks, [id]: on } });
const setBlocking = (id: CheckId, on: boolean) => (s: Settings): Settings => ({ ...s, blocking: { ...s.blocking, [id]: on } });

/**
 * A row per check, written from the check's own metadata (title, why, looksFor, source), so the
 * options page says what the checklist and the README say (conventions §15). The five checks can
 * also block Send; polish checks cannot.
 */
export function CheckToggles({ settings, update }: CheckTogglesProps) {
  return (
    <>
      <fieldset class="ao-section" data-section="checks">
        <legend>
          <h2>Checklist</h2>
        </legend>
        <p class="ao-hint">
          The five checks shown beside your draft. A check that blocks Send stops the send when it is missing, so you can
          fix it or send anyway (with the pre-send checklist on).
        </p>
        {CHECKS.map((meta) => (
          <CheckRow key={meta.id} meta={meta} settings={settings} update={update} blocking />
        ))}
      </fieldset>

      <fieldset class="ao-section" data-section="polish">
        <legend>
          <h2>Polish</h2>
        </legend>
        <p class="ao-hint">Secondary advice shown below the checklist. It never blocks Send.</p>
        {POLISH_CHECKS.map((meta) => (
          <CheckRow key={meta.id} meta={meta} settings={settings} update={update} blocking={false} />
        ))}
      </fieldset>
    </>
  );
}

interface CheckRowProps {
  meta: CheckMeta<AnyCheckId>;
  settings: Settings;
  update(change: (s: Settings) => Settings): void;
  /** Show the "Blocks Send" switch (core checks only). */
  blocking: boolean;
}

function CheckRow({ meta, settings, update, blocking }: CheckRowProps) {
  const titleId = useId();
  const hintId = useId();
  const on = isCheckOn(settings, meta.id);
  const coreId = blocking ? (meta.id as CheckId) : null;
  const blocks = coreId ? isBlocking(settings, coreId) : false;

  return (
    <div class="ao-row" role="group" aria-labelledby={titleId} data-check={meta.id} data-on={on ? 'true' : 'false'}>
      <div class="ao-row-text">
        <h3 class="ao-row-title" id={titleId}>
          {meta.title}
        </h3>
        <p class="ao-why">{meta.why}</p>
        <details class="ao-details">
          <summary>
            What it looks for<span class="aw-sr"> ({meta.title})</span>
          </summary>
          <p>{meta.looksFor}</p>
          {/^https?:\/\//.test(meta.source) ? (
            <p>
              <a href={meta.source} target="_blank" rel="noopener noreferrer">
                Source<span class="aw-sr"> for {meta.title} (opens in a new tab)</span>
              </a>
            </p>
          ) : (
            <p>Source: {meta.source}</p>
          )}
        </details>
      </div>
      <div class="ao-row-switches">
        <Switch
          label="On"
          context={meta.title}
          checked={on}
          setting="check"
          onChange={(checked) => update(setCheck(meta.id, checked))}
        />
        {coreId && (
          <>
            <Switch
              label="Blocks Send"
              context={meta.title}
              // A check that is off does not run, so it cannot block; show it as not blocking.
              checked={blocks}
              disabled={!on}
              describedBy={on ? undefined : hintId}
              setting="blocking"
              onChange={(checked) => update(setBlocking(coreId, checked))}
            />
            {!on && (
              <p class="ao-switch-hint" id={hintId}>
                Turn the check on to let it block Send.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
