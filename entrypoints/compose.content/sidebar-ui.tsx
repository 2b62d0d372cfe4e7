// One compose's sidebar: a Preact Sidebar in its own shadow root at the end of <body> (never
// inside the compose: the draft's DOM is the user's), placed beside the compose by the session.
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckId } from '../../lib/analyzer/types';
import type { ComposeHandle } from '../../lib/page/compose-watcher';
import type { SessionUi, SessionView } from '../../lib/page/compose-session';
import type { Placement } from '../../lib/page/placement';
import { Sidebar } from '../../components/Sidebar';

export const PANEL_WIDTH = 300;

// Events that must stop at our shadow host: keys would reach Gmail's single-key shortcuts
// ("c" opens a compose) and Outlook's, clicks its page-wide handlers (compose-dom.md §5.3).
export const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

// WXT resets the host with `all: initial !important`, which no inline style can beat; custom
// properties survive `all`, so the position is set through them.
const HOST_CSS = [
  ':host { position: fixed !important; z-index: 2147483000 !important; width: var(--aw-width) !important;',
  '  left: var(--aw-left, 0) !important; top: var(--aw-top, 0) !important; display: var(--aw-display, none) !important; }',
  ':host > html > body { margin: 0 }',
].join('\n');

export interface SidebarActions {
  onHighlightChange(on: boolean): void;
  onCollapsedChange(collapsed: boolean): void;
  onSkipChange(skipped: boolean): void;
  onInsert(checkId: CheckId, phrase: string): void;
}

export async function mountSidebarUi(
  ctx: ContentScriptContext,
  handle: ComposeHandle,
  actions: () => SidebarActions,
): Promise<SessionUi & { remove(): void }> {
  const ui = await createShadowRootUi(ctx, {
    name: 'askwell-sidebar',
    position: 'inline',
    anchor: document.body,
    append: 'last',
    isolateEvents: ISOLATED_EVENTS,
    css: HOST_CSS,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  host.dataset.askwellCompose = String(handle.id);
  host.style.setProperty('--aw-width', `${PANEL_WIDTH}px`);

  return {
    panelWidth: PANEL_WIDTH,
    place(p: Placement | null) {
      if (!p) {
        host.style.setProperty('--aw-display', 'none');
        return;
      }
      host.style.setProperty('--aw-display', 'block');
      host.style.setProperty('--aw-left', `${p.left}px`);
      host.style.setProperty('--aw-top', `${p.top}px`);
      host.style.setProperty('--aw-max-height', `${p.maxHeight}px`);
    },
    render(view: SessionView) {
      render(<Sidebar {...view} {...actions()} />, ui.uiContainer);
    },
    remove: () => ui.remove(),
  };
}
