import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { analyze } from '../lib/analyze';
import type { AnyCheckId, Report } from '../lib/analyzer/types';
import type { ActiveComposeReply } from '../lib/messages';
import { capDraft } from '../lib/limits';
import { fetchActiveCompose } from '../lib/popup-client';
import { DEFAULT_SETTINGS, enabledChecks, type Settings } from '../lib/settings';
import { Checklist } from './Checklist';
import { Switch } from './Switch';
import { TOTAL_CHECKS, metCount } from './sidebar-text';
import { usePrefersDark, useSettings } from './useSettings';
// Bundled into the popup's CSS by WXT's Vite build; vitest ignores the imports.
import './sidebar.css';
import './popup.css';

export interface PopupProps {
  /** Asks the active tab for its compose; resolves to null when the tab has no Askwell. */
  fetchCompose?: () => Promise<ActiveComposeReply | null>;
  openOptions?: () => void;
  /** Pause after typing in the paste box before analysing. */
  debounceMs?: number;
}

export const PASTE_DEBOUNCE_MS = 250;

const SITE_NAME: Record<ActiveComposeReply['site'], string> = { gmail: 'Gmail', outlook: 'Outlook' };

const askActiveTab = () => fetchActiveCompose(browser);
const openOptionsPage = () => {
  void browser.runtime.openOptionsPage().then(
    () => window.close(),
    () => {},
  );
};

type Pasted = { text: string; report: Report; note?: string } | { text: string; error: string };

/**
 * The toolbar popup. It first asks the active tab's content script for the compose the user is
 * working in and shows that compose's checklist. When the tab has no Askwell (not a mail site, not
 * loaded, no answer in time) or no compose is open, it offers a box to paste a draft into and
 * checks it here, with the same analyzer. Below, quick switches bound to the settings.
 */
export function Popup({ fetchCompose = askActiveTab, openOptions = openOptionsPage, debounceMs = PASTE_DEBOUNCE_MS }: PopupProps) {
  const { settings, update } = useSettings();
  const dark = usePrefersDark();
  // undefined while asking the tab; null when it has no Askwell.
  const [reply, setReply] = useState<ActiveComposeReply | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetchCompose().then(
      (r) => live && setReply(r),
      () => live && setReply(null),
    );
    return () => {
      live = false;
    };
  }, []);

  const compose = reply?.compose ?? null;
  const view = reply === undefined ? 'asking' : compose ? 'compose' : 'paste';
  const pasted = usePastedDraft(view === 'paste', settings, debounceMs);
  const report = view === 'compose' ? compose?.report ?? null : pasted.result && 'report' in pasted.result ? pasted.result.report : null;
  const met = report ? metCount(report) : null;
  const s = settings ?? DEFAULT_SETTINGS;

  return (
    <div
      class="aw-root aw-popup"
      data-askwell="popup"
      data-view={view}
      data-theme={dark ? 'dark' : 'light'}
      style={{ '--aw-self': s.colors.self, '--aw-other': s.colors.other }}
    >
      <header class="aw-header">
        <h1 class="aw-title">Askwell</h1>
        {met !== null && (
          <span class="aw-score" aria-label={`${met} of ${TOTAL_CHECKS} checks met`}>
            {met}/{TOTAL_CHECKS}
          </span>
        )}
        <button type="button" class="aw-popup-options" data-action="options" onClick={() => openOptions()}>
          Options
        </button>
      </header>

      <div class="aw-body" aria-busy={view === 'asking'}>
        {view === 'asking' && (
          <p class="aw-message" data-part="loading">
            Looking for your draft…
          </p>
        )}
        {view === 'compose' && reply && compose && (
          <ComposeView site={reply.site} text={compose.text} report={compose.report} skipped={compose.skipped} />
        )}
        {view === 'paste' && <PasteView reply={reply ?? null} pasted={pasted} />}
      </div>

      <footer class="aw-footer aw-popup-switches">
        {reply && (
          <Switch
            label={`Askwell on this site (${SITE_NAME[reply.site]})`}
            checked={s.sites[reply.site]}
            disabled={!settings}
            setting="site"
            onChange={(on) => update((x) => ({ ...x, sites: { ...x.sites, [reply.site]: on } }))}
          />
        )}
        <Switch
          label="Highlight sentences"
          checked={s.highlight}
          disabled={!settings}
          setting="highlight"
          onChange={(on) => update((x) => ({ ...x, highlight: on }))}
        />
        <Switch
          label="Pre-send checklist"
          checked={s.sendGuard}
          disabled={!settings}
          setting="sendGuard"
          onChange={(on) => update((x) => ({ ...x, sendGuard: on }))}
        />
      </footer>
    </div>
  );
}

function ComposeView({ site, text, report, skipped }: { site: ActiveComposeReply['site']; text: string; report: Report | null; skipped: boolean }) {
  return (
    <>
      <p class="aw-popup-context" data-part="source">
        Your draft in {SITE_NAME[site]}
      </p>
      {report ? (
        <Checklist report={report} text={text} note={skipped ? 'The pre-send checklist is off for this email.' : undefined} />
      ) : (
        <p class="aw-message" data-part={skipped ? 'skipped' : 'empty'}>
          {skipped ? 'The pre-send checklist is off for this email.' : 'Start typing your ask in the compose window.'}
        </p>
      )}
    </>
  );
}

interface PastedDraft {
  text: string;
  setText(text: string): void;
  /** The analysis of the text as it was at the last pause; null while empty. */
  result: Pasted | null;
}

function PasteView({ reply, pasted }: { reply: ActiveComposeReply | null; pasted: PastedDraft }) {
  const textareaId = useId();
  const hintId = useId();
  const { result } = pasted;
  return (
    <>
      <p class="aw-popup-context" data-part={reply ? 'no-compose' : 'no-askwell'}>
        {reply
          ? `No compose window is open in ${SITE_NAME[reply.site]}. Open one for a live checklist, or paste a draft here.`
          : 'Open a compose window in Gmail or Outlook for a live checklist, or paste a draft here.'}
      </p>
      <label class="aw-popup-label" for={textareaId}>
        Paste a draft to check
      </label>
      <textarea
        id={textareaId}
        class="aw-popup-textarea"
        data-askwell="paste"
        rows={6}
        spellcheck={false}
        aria-describedby={hintId}
        value={pasted.text}
        onInput={(e) => pasted.setText(e.currentTarget.value)}
      />
      <p class="aw-popup-hint" id={hintId}>
        Checked here in the popup; the text is not saved or sent anywhere.
      </p>
      {result && 'report' in result && <Checklist report={result.report} text={result.text} note={result.note} />}
      {result && 'error' in result && (
        <p class="aw-message" data-part="error">
          {result.error}
        </p>
      )}
    </>
  );
}

/** The paste box's text and its analysis, `debounceMs` after the last keystroke, with the checks the settings turn on. */
function usePastedDraft(active: boolean, settings: Settings | null, debounceMs: number): PastedDraft {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Pasted | null>(null);
  const checksKey = enabledChecks(settings ?? DEFAULT_SETTINGS).join(',');

  useEffect(() => {
    if (!active) return;
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      const { text: checked, note } = capDraft(text);
      try {
        const checks = checksKey === '' ? [] : (checksKey.split(',') as AnyCheckId[]);
        const report = analyze(checked, { checks });
        setResult({ text: checked, report, note });
      } catch (error) {
        console.warn('[askwell] could not check the pasted draft', error);
        setResult({ text: checked, error: 'Askwell could not check this text.' });
      }
    }, debounceMs);
    return () => clearTimeout(timer);
    // Keyed on the enabled checks, not the whole settings: a colour change needs no new analysis.
  }, [active, text, checksKey, debounceMs]);

  return { text, setText, result };
}
