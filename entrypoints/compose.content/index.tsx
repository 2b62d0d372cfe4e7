import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '../../lib/analyzer';
import { MAIL_MATCHES } from '../../lib/sites/matches';
import { adapterFor, type SiteAdapter } from '../../lib/sites';
import { watchComposes, type ComposeHandle } from '../../lib/page/compose-watcher';
import { extractDraft } from '../../lib/page/extract-text';
import { createHighlighter, type Highlighter } from '../../lib/page/highlight';
import { startSession, type ComposeSession, type SessionView } from '../../lib/page/compose-session';
import type { Placement } from '../../lib/page/placement';
import { Sidebar } from '../../components/Sidebar';

const PANEL_WIDTH = 300;

// Events that must stop at our shadow host: keys would reach Gmail's single-key shortcuts
// ("c" opens a compose) and Outlook's, clicks its page-wide handlers (compose-dom.md §5.3).
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    document.documentElement.dataset.askwellLoaded = '1';
    const highlighter = createHighlighter(document, { signal: ctx.signal });
    const sessions = new Map<HTMLElement, Promise<ComposeSession | null>>();
    watchComposes(
      document,
      adapter,
      {
        add(handle) {
          sessions.set(handle.body, mountSidebar(ctx, handle, adapter, highlighter));
        },
        remove(handle) {
          const session = sessions.get(handle.body);
          sessions.delete(handle.body);
          void session?.then((s) => s?.dispose());
        },
        change(handle) {
          void sessions.get(handle.body)?.then((s) => s?.reposition());
        },
      },
      ctx.signal,
    );
  },
});

/** A sidebar for one compose, in its own shadow root at the end of <body>, never inside the compose. */
async function mountSidebar(
  ctx: ContentScriptContext,
  handle: ComposeHandle,
  adapter: SiteAdapter,
  highlighter: Highlighter,
): Promise<ComposeSession | null> {
  try {
    let session: ComposeSession | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'askwell-sidebar',
      position: 'inline',
      anchor: document.body,
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      // WXT resets the host with `all: initial !important`, which no inline style can beat; custom
      // properties survive `all`, so the position is set through them.
      css: [
        ':host { position: fixed !important; z-index: 2147483000 !important; width: var(--aw-width) !important;',
        '  left: var(--aw-left, 0) !important; top: var(--aw-top, 0) !important; display: var(--aw-display, none) !important; }',
        ':host > html > body { margin: 0 }',
      ].join('\n'),
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    const host = ui.shadowHost;
    host.dataset.askwellCompose = String(handle.id);
    host.style.setProperty('--aw-width', `${PANEL_WIDTH}px`);
    const container = ui.uiContainer;

    const place = (p: Placement | null) => {
      if (!p) {
        host.style.setProperty('--aw-display', 'none');
        return;
      }
      host.style.setProperty('--aw-display', 'block');
      host.style.setProperty('--aw-left', `${p.left}px`);
      host.style.setProperty('--aw-top', `${p.top}px`);
      host.style.setProperty('--aw-max-height', `${p.maxHeight}px`);
    };
    const show = (view: SessionView) =>
      render(
        <Sidebar
          {...view}
          onHighlightChange={(on) => session?.setHighlight(on)}
          onCollapsedChange={(c) => session?.setCollapsed(c)}
        />,
        container,
      );

    session = startSession(handle, adapter, {
      analyze,
      extract: extractDraft,
      highlighter,
      ui: { render: show, place, panelWidth: PANEL_WIDTH },
    });
    const dispose = session.dispose;
    session.dispose = () => {
      dispose();
      ui.remove();
    };
    return session;
  } catch (error) {
    // One compose's trouble stays with it: the page and the other composes carry on.
    console.warn('[askwell] could not start on this compose', error);
    return null;
  }
}
