import { useEffect, useId, useRef } from 'preact/hooks';
import type { CheckId } from '../lib/analyzer/types';
import { MAX_VARIANTS } from '../lib/checks/fix-phrases';
import type { MissingItem } from '../lib/page/send-guard';
import { STATUS_ICON } from './sidebar-text';
// Bundled into the content script's CSS with the sidebar's (cssInjectionMode: 'ui'); the dialog
// reuses the sidebar's palette (.aw-root) and adds its own rules. Vitest ignores the import.
import './send-guard.css';

export interface SendGuardDialogProps {
  /** The blocking checks the draft misses (lib/page/send-decision.ts). */
  missing: MissingItem[];
  /** "Send anyway": send the draft as it is. */
  onSend(): void;
  /** "Back to draft" (also Esc): keep the compose open. */
  onEdit(): void;
  /** A phrase picked from an item's Insert choices; without it no Insert choices are shown. */
  onInsert?(checkId: CheckId, phrase: string): void;
  theme: 'light' | 'dark';
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element as seen from inside `root`'s tree (a shadow root's activeElement, or the document's). */
function activeIn(root: HTMLElement): Element | null {
  const tree = root.getRootNode() as Document | ShadowRoot;
  const active = tree.activeElement ?? null;
  return active && root.contains(active) ? active : null;
}

/**
 * The pre-send checklist: which blocking checks the draft misses, with a one-click phrase where
 * one fits, and the choice to go back (the default) or send anyway. An alertdialog: focus starts
 * on "Back to draft", Esc goes back, Tab cycles inside. Purely presentational: the content
 * script mounts it over the page (with a backdrop), resolves the send guard's `confirm` from
 * the two callbacks and does the insertion.
 */
export function SendGuardDialog({ missing, onSend, onEdit, onInsert, theme }: SendGuardDialogProps) {
  const titleId = useId();
  const descId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  // Open on the safe choice.
  useEffect(() => {
    editRef.current?.focus({ preventScroll: true });
  }, []);

  // An Insert button that had focus disappears once its item is fixed: keep focus in the dialog.
  useEffect(() => {
    const root = rootRef.current;
    if (root && !activeIn(root)) editRef.current?.focus({ preventScroll: true });
  }, [missing]);

  // Focus that leaves for something outside (a click on the page) comes back on the next tick.
  // Not at once: inserting a phrase focuses the draft for an instant and gives focus back itself.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (!next || root.contains(next)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (root.isConnected && !activeIn(root)) editRef.current?.focus({ preventScroll: true });
      }, 0);
    };
    root.addEventListener('focusout', onFocusOut);
    return () => {
      root.removeEventListener('focusout', onFocusOut);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEdit();
      return;
    }
    if (event.key !== 'Tab') return;
    const root = rootRef.current;
    if (!root) return;
    const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    const active = activeIn(root);
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first.focus();
    }
  };

  const complete = missing.length === 0;

  return (
    <div
      ref={rootRef}
      data-askwell="send-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-theme={theme}
      class="aw-root aw-guard"
      onKeyDown={onKeyDown}
    >
      <header class="aw-header">
        <h2 class="aw-title" id={titleId}>
          Before you send
        </h2>
      </header>

      <div class="aw-body">
        <p class="aw-guard-lead" id={descId}>
          {complete
            ? 'Everything on your checklist is there now.'
            : missing.length === 1
              ? 'One thing would make this ask easier to say yes to:'
              : `${missing.length} things would make this ask easier to say yes to:`}
        </p>
        {!complete && (
          <ul class="aw-list aw-guard-list">
            {missing.map((item) => (
              <GuardItem key={item.checkId} item={item} onInsert={onInsert} />
            ))}
          </ul>
        )}
      </div>

      <footer class="aw-guard-actions">
        <button type="button" class="aw-button" data-action="send-anyway" onClick={() => onSend()}>
          {complete ? 'Send' : 'Send anyway'}
        </button>
        <button type="button" class="aw-button aw-primary" data-action="edit" ref={editRef} onClick={() => onEdit()}>
          Back to draft
        </button>
      </footer>
    </div>
  );
}

function GuardItem({ item, onInsert }: { item: MissingItem; onInsert: SendGuardDialogProps['onInsert'] }) {
  const labelId = useId();
  const variants = item.fix?.variants.slice(0, MAX_VARIANTS) ?? [];
  return (
    <li class="aw-item" data-check={item.checkId} data-status="missing">
      <div class="aw-guard-item-head">
        <span class="aw-icon" data-status="missing" aria-hidden="true">
          {STATUS_ICON.missing}
        </span>
        <span class="aw-sr">Missing: </span>
        <span class="aw-item-title" id={labelId}>
          {item.title}
        </span>
      </div>
      <div class="aw-item-body">
        <p class="aw-reason" data-part="reason">
          {item.reason}
        </p>
        {item.suggestion && (
          <p class="aw-suggestion" data-part="suggestion">
            <span class="aw-label">Try: </span>
            {item.suggestion}
          </p>
        )}
        {onInsert && variants.length > 0 && (
          <div class="aw-fix" role="group" aria-labelledby={labelId} data-part="fix">
            <span class="aw-label" aria-hidden="true">
              Insert:
            </span>
            {variants.map((phrase, i) => (
              <button
                key={phrase}
                type="button"
                class="aw-chip"
                data-action="insert"
                data-variant={i}
                aria-label={`Insert “${phrase}”`}
                onClick={() => onInsert(item.checkId, phrase)}
              >
                {phrase}
              </button>
            ))}
          </div>
        )}
      </div>
    </li>
  );
}
