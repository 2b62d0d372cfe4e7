// One compose window's life with Askwell: read the draft when the user pauses, analyze it,
// show the checklist, paint the highlights, keep the sidebar beside the window. Effects live
// here; everything it decides with is pure (analyzer, extraction, placement) and injected, so
// the session is tested in happy-dom without a browser.
import type { AnalyzeOptions, CheckId, Report } from '../analyzer/types';
import { FIXABLE, MAX_VARIANTS, phrasesFor } from '../checks/fix-phrases';
import { capDraft, MAX_DRAFT_CHARS } from '../limits';
import type { SiteAdapter } from '../sites/types';
import type { ComposeHandle } from './compose-watcher';
import type { ExtractedDraft } from './extract-types';
import type { Highlighter } from './highlight';
import { placeBeside, type Placement } from './placement';
import { insertFix } from './insert-phrase';
import { decisionFor } from './send-decision';
import type { SendDecision } from './send-guard';
import { timed } from './timing';

/** What the sidebar shows for this compose. */
export interface SessionView {
  report: Report | null;
  text: string;
  state: 'loading' | 'ready' | 'empty' | 'error';
  message?: string;
  note?: string;
  highlight: boolean;
  collapsed: boolean;
  theme: 'light' | 'dark';
  /** "Don't check this email": the pre-send checklist lets this compose's sends through. */
  skipped: boolean;
  /** One-click phrases for the missing checks a phrase can fix. */
  fixes: Partial<Record<CheckId, readonly string[]>>;
}

export interface SessionUi {
  render(view: SessionView): void;
  /** Put the sidebar at `placement`, or hide it (null) while the compose is minimised or hidden. */
  place(placement: Placement | null): void;
  panelWidth: number;
}

export interface SessionDeps {
  /** In the extension it runs in the background (a promise); tests may pass the analyzer itself. */
  analyze(text: string, options?: AnalyzeOptions): Report | Promise<Report>;
  /** The analysis options of the moment (checks turned on in the settings). */
  options?(): AnalyzeOptions;
  /** Highlighting on when the session starts. */
  highlight?: boolean;
  extract(body: HTMLElement, adapter: SiteAdapter): ExtractedDraft;
  highlighter: Highlighter;
  ui: SessionUi;
  /** Quiet time after the last keystroke before the draft is read again. */
  debounceMs?: number;
  /** Longer drafts are checked up to here, with a note; default MAX_DRAFT_CHARS (lib/limits.ts). */
  maxChars?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface ComposeSession {
  /** Read and analyze now (a compose that just appeared, a setting that changed). */
  refresh(): void;
  /** The compose moved, resized, or was hidden or shown. */
  reposition(): void;
  setHighlight(on: boolean): void;
  setCollapsed(collapsed: boolean): void;
  setSkipped(skipped: boolean): void;
  /** Insert a one-click phrase for `checkId` through the editor (undoable); false if it could not. */
  insert(checkId: CheckId, phrase: string): boolean;
  /**
   * The pre-send verdict on the draft as it is now: at once from the last analysis when the text
   * has not changed since (the usual case: the user paused before Send), else after analyzing it.
   */
  decide(blocks: (id: CheckId) => boolean): SendDecision | Promise<SendDecision>;
  /** What the sidebar shows now (the popup shows the same). */
  view(): SessionView;
  /** When the user last focused or edited this compose (ms since the epoch), for "the compose you are working in". */
  lastActive(): number;
  dispose(): void;
}

export const DEFAULT_DEBOUNCE_MS = 300;

/** Dark when the compose's painted background is dark: Gmail and Outlook themes both recolour it. */
export function themeOf(el: Element): 'light' | 'dark' {
  const win = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && win; node = node.parentElement) {
    const rgb = win.getComputedStyle(node).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgb || rgb.length < 3 || (rgb.length > 3 && rgb[3] === 0)) continue;
    const [r, g, b] = rgb as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return 'light';
}

export function startSession(handle: ComposeHandle, adapter: SiteAdapter, deps: SessionDeps): ComposeSession {
  const { body } = handle;
  const win = body.ownerDocument.defaultView!;
  const debounceMs = deps.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const maxChars = deps.maxChars ?? MAX_DRAFT_CHARS;
  const log = deps.log ?? ((message, error) => console.warn(`[askwell] ${message}`, error ?? ''));
  const controller = new AbortController();
  const { signal } = controller;

  let view: SessionView = {
    report: null,
    text: '',
    state: 'loading',
    highlight: deps.highlight ?? true,
    collapsed: false,
    theme: 'light',
    skipped: false,
    fixes: {},
  };
  let active = Date.now();
  const touch = () => {
    active = Date.now();
  };
  let draft: ExtractedDraft | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame = 0;

  const render = () => {
    try {
      deps.ui.render(view);
    } catch (error) {
      log('could not render the sidebar', error);
    }
  };

  function paint(): void {
    if (!view.highlight || !draft || !view.report) {
      deps.highlighter.delete(body);
      return;
    }
    const ranges = { self: [] as Range[], other: [] as Range[] };
    for (const s of view.report.sentences) {
      if (s.focus === 'neutral') continue;
      const range = draft.toRange(s.start, s.end);
      if (range) ranges[s.focus].push(range);
    }
    deps.highlighter.set(body, ranges);
  }

  /** The draft as it is now: its text (up to the limit) and the map back to the DOM. */
  function readDraft(): { draft: ExtractedDraft; text: string; note: string | undefined } {
    const fresh = deps.extract(body, adapter);
    const full = fresh.text;
    if (!full.trim()) return { draft: fresh, text: '', note: undefined };
    return { draft: fresh, ...capDraft(full, maxChars) };
  }

  const fixesOf = (report: Report, text: string): SessionView['fixes'] =>
    Object.fromEntries(
      FIXABLE.filter((id) => report.checks[id].status === 'missing')
        .map((id) => [id, phrasesFor(id, report, text).slice(0, MAX_VARIANTS)] as const)
        .filter(([, variants]) => variants.length > 0),
    );

  function show(): void {
    render();
    try {
      paint();
    } catch (error) {
      log('could not highlight', error);
    }
  }

  // Analyses finish out of order when they are asynchronous: only the latest may show.
  let latest = 0;

  function analyzeNow(): void {
    timer = null;
    if (signal.aborted) return;
    const run = ++latest;
    const fail = (error: unknown) => {
      if (run !== latest || signal.aborted) return;
      // Never in the user's way: say so in the sidebar, keep the draft and the page as they are.
      log('could not check this draft', error);
      draft = null;
      view = { ...view, state: 'error' };
      show();
    };
    try {
      const now = timed('extract', readDraft);
      if (!now.text) {
        draft = now.draft;
        view = { ...view, report: null, text: '', state: 'empty', note: undefined, fixes: {} };
        timed('render', show);
        return;
      }
      const done = (report: Report) =>
        timed('render', () => {
          if (run !== latest || signal.aborted) return;
          draft = now.draft;
          view = { ...view, report, text: now.text, state: 'ready', note: now.note, fixes: fixesOf(report, now.text), theme: themeOf(handle.compose) };
          show();
        });
      const result = timed('analyze', () => deps.analyze(now.text, deps.options?.()));
      if (result instanceof Promise) {
        if (view.state !== 'loading') {
          view = { ...view, state: 'loading' };
          timed('render', render);
        }
        result.then(done, fail);
      } else {
        done(result);
      }
    } catch (error) {
      fail(error);
    }
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(analyzeNow, debounceMs);
  }

  function reposition(): void {
    if (frame) return;
    frame = win.requestAnimationFrame(() => timed('place', place));
  }

  function place(): void {
    frame = 0;
    if (signal.aborted) return;
    try {
      const compose = handle.compose;
      if (!compose.isConnected || adapter.isHidden(compose)) {
        deps.ui.place(null);
        return;
      }
      const r = compose.getBoundingClientRect();
      const box = { left: r.left, top: r.top, width: r.width, height: r.height };
      deps.ui.place(placeBeside(box, { width: win.innerWidth, height: win.innerHeight }, deps.ui.panelWidth));
    } catch (error) {
      log('could not place the sidebar', error);
    }
  }

  // Typing fires input; paste, undo and the client's own edits (a quote shown, a signature
  // switched) may not, so a MutationObserver on the body catches the rest. Both only schedule.
  body.addEventListener('input', () => timed('input', () => (schedule(), touch())), { signal });
  body.addEventListener('focusin', touch, { signal });
  const mutations = new win.MutationObserver(() => timed('input', schedule));
  mutations.observe(body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => mutations.disconnect());

  const resize = new win.ResizeObserver(reposition);
  resize.observe(handle.compose);
  signal.addEventListener('abort', () => resize.disconnect());
  win.addEventListener('resize', reposition, { signal, passive: true });
  // Scrolling any ancestor (a thread view) moves an inline reply: capture catches all of them.
  win.addEventListener('scroll', reposition, { signal, passive: true, capture: true });

  render();
  reposition();
  analyzeNow();

  return {
    refresh: analyzeNow,
    reposition() {
      // The compose element itself may have been swapped (Gmail full screen): observe the current one.
      resize.disconnect();
      resize.observe(handle.compose);
      reposition();
    },
    setHighlight(on) {
      view = { ...view, highlight: on };
      render();
      paint();
    },
    setCollapsed(collapsed) {
      view = { ...view, collapsed };
      render();
    },
    setSkipped(skipped) {
      view = { ...view, skipped };
      render();
    },
    insert(checkId, phrase) {
      try {
        // The report must describe the draft as it is: the insertion point is computed from it.
        const now = readDraft();
        if (!view.report || now.text !== view.text) return false;
        const done = insertFix(body, now.draft, view.report, checkId, phrase);
        if (done) schedule();
        return done;
      } catch (error) {
        log('could not insert the phrase', error);
        return false;
      }
    },
    decide(blocks) {
      if (view.skipped) return { block: false };
      const now = readDraft();
      if (!now.text) return { block: false };
      if (view.report && now.text === view.text) return decisionFor(view.report, now.text, blocks);
      const result = deps.analyze(now.text, deps.options?.());
      return result instanceof Promise
        ? result.then((report) => decisionFor(report, now.text, blocks))
        : decisionFor(result, now.text, blocks);
    },
    view: () => view,
    lastActive: () => active,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      if (frame) win.cancelAnimationFrame(frame);
      controller.abort();
      deps.highlighter.delete(body);
    },
  };
}
