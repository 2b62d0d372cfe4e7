import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CheckId, Report } from '../lib/analyzer/types';
import { Badge } from './Badge';
import { Checklist } from './Checklist';
import { TOTAL_CHECKS, metCount } from './sidebar-text';
// All sidebar styles. WXT bundles CSS imported anywhere in a content script's module graph into
// `content-scripts/<entry>.css`; with `cssInjectionMode: 'ui'`, createShadowRootUi loads that file
// into the shadow root (and nothing into the page). Vitest ignores the import.
import './sidebar.css';

export type SidebarState = 'loading' | 'ready' | 'empty' | 'error';

export interface SidebarProps {
  report: Report | null;
  /** The text that was analysed: evidence offsets index into it. */
  text: string;
  state: SidebarState;
  /** Overrides the default text of the loading, empty and error states. */
  message?: string;
  highlight: boolean;
  onHighlightChange(on: boolean): void;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  theme: 'light' | 'dark';
  /** A line under the checklist, e.g. "Checked the first 5,000 words". */
  note?: string;
  /** One-click phrases per missing check; the sidebar shows them as Insert buttons. */
  fixes?: Partial<Record<CheckId, readonly string[]>>;
  onInsert?(checkId: CheckId, phrase: string): void;
  /** "Don't check this email": no pre-send checklist for this compose. */
  skipped?: boolean;
  onSkipChange?(skipped: boolean): void;
}

export const DEFAULT_MESSAGES = {
  loading: 'Reading your draft…',
  empty: 'Start typing your ask…',
  error: 'Askwell could not check this draft. You can keep writing and send as usual.',
} as const;

/**
 * The checklist shown beside a compose window. Purely presentational: the content script owns
 * the analysis, the settings and the highlights, and passes them in.
 */
export function Sidebar(props: SidebarProps) {
  const { report, text, state, message, highlight, onHighlightChange, collapsed, onCollapsedChange, theme, note } =
    props;
  const { fixes, onInsert, skipped, onSkipChange } = props;
  const fixFor = (id: CheckId) => {
    const variants = fixes?.[id];
    return variants && onInsert ? { variants, onInsert: (phrase: string) => onInsert(id, phrase) } : undefined;
  };
  const bodyId = useId();
  const met = report ? metCount(report) : null;

  // Announce the score only when it changes, not on every analysis (i.e. every pause in typing).
  const [announcement, setAnnouncement] = useState('');
  const lastAnnounced = useRef<number | null>(null);
  useEffect(() => {
    if (state !== 'ready' || met === null || lastAnnounced.current === met) return;
    lastAnnounced.current = met;
    setAnnouncement(`${met} of ${TOTAL_CHECKS} checks met`);
  }, [state, met]);

  // Keep keyboard focus on our UI when the button that had it disappears (collapse ↔ badge).
  const badgeRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (collapsed ? badgeRef : collapseRef).current?.focus();
  }, [collapsed]);
  const toggleCollapsed = (next: boolean) => {
    moveFocus.current = true;
    onCollapsedChange(next);
  };

  const liveRegion = (
    <p key="announcer" class="aw-sr" role="status" aria-live="polite" aria-atomic="true" data-askwell="announcer">
      {announcement}
    </p>
  );

  // The automation contract and landmark, the same whether collapsed or not.
  const root = {
    'data-askwell': 'sidebar',
    role: 'complementary',
    'aria-label': 'Askwell checklist',
    'data-theme': theme,
    'data-state': state,
    'data-collapsed': String(collapsed),
  } as const;

  if (collapsed) {
    return (
      <aside {...root} class="aw-root aw-collapsed">
        <Badge
          met={state === 'ready' || state === 'loading' ? met : null}
          onExpand={() => toggleCollapsed(false)}
          buttonRef={badgeRef}
        />
        {liveRegion}
      </aside>
    );
  }

  // While re-analysing, keep showing the last report rather than flashing a skeleton.
  const showReport = report !== null && (state === 'ready' || state === 'loading');

  return (
    <aside {...root} class="aw-root">
      <header class="aw-header">
        <h2 class="aw-title">Askwell</h2>
        {showReport && met !== null && (
          <span class="aw-score" aria-hidden="true">
            {met}/{TOTAL_CHECKS}
          </span>
        )}
        <button
          type="button"
          class="aw-collapse"
          ref={collapseRef}
          aria-expanded={true}
          aria-controls={bodyId}
          aria-label="Collapse Askwell checklist"
          title="Collapse"
          onClick={() => toggleCollapsed(true)}
        >
          <span aria-hidden="true">–</span>
        </button>
      </header>

      <div class="aw-body" id={bodyId} aria-busy={state === 'loading'}>
        {showReport && report ? (
          <Checklist report={report} text={text} fixFor={fixFor} />
        ) : (
          <StateMessage state={state} message={message} />
        )}
      </div>

      <footer class="aw-footer">
        <label class="aw-switch">
          <input
            type="checkbox"
            role="switch"
            checked={highlight}
            onChange={(e) => onHighlightChange(e.currentTarget.checked)}
          />
          <span>Highlight sentences</span>
        </label>
        {onSkipChange && (
          <label class="aw-switch" data-askwell="skip">
            <input
              type="checkbox"
              role="switch"
              checked={skipped ?? false}
              onChange={(e) => onSkipChange(e.currentTarget.checked)}
            />
            <span>Don’t check this email before sending</span>
          </label>
        )}
        {note && <p class="aw-note">{note}</p>}
      </footer>
      {liveRegion}
    </aside>
  );
}

function StateMessage({ state, message }: { state: SidebarState; message: string | undefined }) {
  if (state === 'loading') {
    return (
      <div class="aw-message" data-part="loading">
        <div class="aw-skeleton" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
          <span />
        </div>
        <p>{message ?? DEFAULT_MESSAGES.loading}</p>
      </div>
    );
  }
  if (state === 'error') {
    return (
      <p class="aw-message" data-part="error">
        {message ?? DEFAULT_MESSAGES.error}
      </p>
    );
  }
  // 'empty', or 'ready' without a report (nothing to show yet).
  return (
    <p class="aw-message" data-part="empty">
      {message ?? DEFAULT_MESSAGES.empty}
    </p>
  );
}
