// The pre-send checklist over the page: a modal dialog in its own shadow root, mounted when the
// send guard asks and removed when the user answers (or the request is void).
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckId } from '../../lib/analyzer/types';
import { SendGuardDialog } from '../../components/SendGuardDialog';
import type { ConfirmRequest, MissingItem } from '../../lib/page/send-guard';
import { themeOf } from '../../lib/page/compose-session';

const HOST_CSS = [
  ':host { position: fixed !important; inset: 0 !important; z-index: 2147483001 !important; display: block !important; }',
  ':host > html > body { margin: 0 }',
  '.aw-backdrop { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(0, 0, 0, 0.32); }',
].join('\n');

export interface GuardUiDeps {
  /** Insert a phrase into the compose and return what is still missing afterwards. */
  insert(checkId: CheckId, phrase: string): Promise<MissingItem[] | null>;
}

/** Shows the dialog for `req` and resolves with the user's answer. */
export async function confirmSend(ctx: ContentScriptContext, req: ConfirmRequest, deps: GuardUiDeps): Promise<'send' | 'edit'> {
  // Where the caret was: "Back to draft" puts it back.
  const selection = req.body.ownerDocument.getSelection();
  const saved = selection && selection.rangeCount > 0 && req.body.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;

  const ui = await createShadowRootUi(ctx, {
    name: 'askwell-send-guard',
    position: 'inline',
    anchor: document.body,
    append: 'last',
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
    css: HOST_CSS,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const theme = themeOf(req.compose);

  return new Promise<'send' | 'edit'>((resolve) => {
    let missing = req.missing;
    const finish = (answer: 'send' | 'edit') => {
      ui.remove();
      if (answer === 'edit') {
        req.body.focus();
        if (saved && selection) {
          selection.removeAllRanges();
          selection.addRange(saved);
        }
      }
      resolve(answer);
    };
    const show = () =>
      render(
        <div class="aw-backdrop">
          <SendGuardDialog
            missing={missing}
            theme={theme}
            onSend={() => finish('send')}
            onEdit={() => finish('edit')}
            onInsert={(checkId, phrase) => {
              void deps.insert(checkId, phrase).then((next) => {
                if (!next) return;
                missing = next;
                show();
              });
            }}
          />
        </div>,
        ui.uiContainer,
      );
    req.signal.addEventListener('abort', () => ui.remove(), { once: true });
    show();
  });
}
