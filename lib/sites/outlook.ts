// New Outlook on the web. Selectors and their sources: ../shared/notes/compose-dom.md §2.
// Outlook has no language-neutral body attribute that we found, and its class names are
// hashed per build, so structure (aria-multiline, the Send button's position) comes first.
import { MAIL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import {
  debugLog,
  hiddenByAncestor,
  hostsOf,
  lowestAncestorContaining,
  onceLogger,
  queryAll,
  queryFirstList,
  type SiteLog,
} from './dom';

/** The To/Cc/Bcc wells are contenteditable textboxes too; these labels are English only (notes §2). */
const NOT_RECIPIENT = ':not([aria-label="To"]):not([aria-label="Cc"]):not([aria-label="Bcc"])';

export const OUTLOOK_SELECTORS = {
  /**
   * Compose bodies. `aria-multiline` separates the body from the one-line recipient wells
   * without depending on the UI language; the "Message body…" label is English; the
   * `editorParent_N` wrapper and hashed classes are last resorts. Every entry requires
   * contenteditable="true", which leaves out the read-only `div[role=document]` of received mail.
   */
  body: [
    `div[contenteditable="true"][role="textbox"][aria-multiline="true"]${NOT_RECIPIENT}`,
    'div[contenteditable="true"][role="textbox"][aria-label^="Message body"]',
    `[id^="editorParent_"] div[contenteditable="true"][role="textbox"]${NOT_RECIPIENT}`,
    'div[contenteditable="true"].dFCbN.dPKNh',
  ],
  /** Fluent UI v9 split button; older OWA names the button; `.ms-Button--primary` is a guess of last resort. */
  send: [
    'button[aria-label="Send"]',
    'button.fui-SplitButton__primaryActionButton',
    'button[name="Send"]',
    'button.ms-Button--primary',
  ],
  exclude: '#Signature',
  /**
   * Reply history follows the draft as siblings: `#appendonsend`, an `hr`, `#divRplyFwdMsg`,
   * the original. A comma list resolves to whichever comes first in the body, so the marker
   * wins and the `hr` (then the header) stand in when a client left the marker out.
   */
  cut: '#appendonsend, hr:has(+ #divRplyFwdMsg), #divRplyFwdMsg',
  roots: { readingPane: '#ReadingPaneContainerId' },
} as const;

const HOSTS: readonly string[] = hostsOf(MAIL_MATCHES).filter((h) => h.startsWith('outlook.'));
const SEND_ANY = OUTLOOK_SELECTORS.send.join(', ');
const BODY_ANY = OUTLOOK_SELECTORS.body.join(', ');
/** Body-level children that can never hold a compose. */
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT']);

export function createOutlookAdapter(log: SiteLog = debugLog): SiteAdapter {
  const note = onceLogger(log);
  const S = OUTLOOK_SELECTORS;

  return {
    id: 'outlook',
    matches: (url) => url.protocol === 'https:' && HOSTS.includes(url.hostname),

    findBodies: (root) => queryFirstList<HTMLElement>(root, S.body, 'outlook body', note),

    composeOf(body) {
      // No stable id or role was found for Outlook's compose (notes §2, UNCONFIRMED), so the
      // compose is derived: the lowest ancestor that also holds a Send button.
      const compose = lowestAncestorContaining(body, SEND_ANY);
      if (!compose) return null;
      // A Send button outside the compose (a ribbon) would make that ancestor span several
      // drafts; better no compose than the wrong one.
      if (queryAll(compose, BODY_ANY).some((other) => other !== body)) {
        note('outlook compose: the lowest ancestor holding Send also holds another body; compose unresolved');
        return null;
      }
      return compose;
    },

    sendButton: (compose) => queryFirstList<HTMLElement>(compose, S.send, 'outlook send', note)[0] ?? null,

    excludeSelector: S.exclude,
    cutSelector: S.cut,

    // Draft tabs in the reading pane stay in the DOM with `hidden` on a wrapper (fixture
    // README, "Lifetime"), so the ancestor chain is what tells a background draft.
    isHidden: (compose) => !compose.isConnected || hiddenByAncestor(compose),

    watchRoots(doc) {
      const pane = doc.querySelector(S.roots.readingPane);
      const body = doc.body;
      if (!pane || !body) {
        note(`outlook watch roots: no ${S.roots.readingPane}; watching <body>`);
        return [body ?? doc.documentElement];
      }
      // The reading pane holds replies and new-mail drafts. Layers beside the app shell
      // (portals, overlays) may host a compose too; the folder tree and message list, which
      // churn the most, are the part of the shell we skip.
      const layers = [...body.children].filter((el) => !INERT.has(el.tagName) && !el.contains(pane));
      return [pane, ...layers];
    },
  };
}

export const outlook: SiteAdapter = createOutlookAdapter();
