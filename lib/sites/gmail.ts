// Gmail (mail.google.com). Selectors and their sources: ../shared/notes/compose-dom.md §1.
// Class names (.M9, .aoO, .dw, …) are obfuscated and churn, so they come after structure
// and stable attributes wherever Gmail offers any.
import { MAIL_MATCHES } from './matches';
import type { SiteAdapter } from './types';
import {
  debugLog,
  hiddenByAncestor,
  hostsOf,
  lowestAncestorContaining,
  onceLogger,
  queryFirstList,
  type SiteLog,
} from './dom';

export const GMAIL_SELECTORS = {
  /**
   * Compose bodies, most robust first: `g_editable` is Gmail's own language-neutral marker
   * (InboxSDK, gmail.js); the aria-label is English only ("Nội dung thư", "Cuerpo del
   * mensaje" elsewhere); `.Am.Al.editable` is an obfuscated class set.
   */
  body: [
    'div[contenteditable="true"][g_editable="true"][role="textbox"]',
    '.Ap [g_editable="true"][contenteditable="true"]',
    'div[contenteditable="true"][aria-label="Message Body"]',
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  /**
   * Send, not Send+archive (`.Uo`) nor the schedule menu (`aria-haspopup`): InboxSDK
   * `getSendButton`, then gmail.js `send_button`, then the tooltip, whose shortcut part
   * "(Ctrl-Enter)" / "(⌘Enter)" survives translation.
   */
  send: [
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"].aoO:not([aria-haspopup="true"]), div[role="button"].T-I.T-I-atl:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"][data-tooltip*="Enter)"]:not([aria-haspopup="true"])',
  ],
  /** `.M9` is the compose root of popups and inline replies (gmail.js); the popup's dialog is InboxSDK's. */
  compose: '.M9',
  composeFallback: '[role="dialog"]',
  /**
   * Quote, signature (the "-- " prefix is a sibling of the signature div, so both are listed),
   * legacy `.gmail_extra`, and non-editable islands where suggestion ghost text may live.
   */
  exclude: [
    '.gmail_quote',
    '.gmail_quote_container',
    '.gmail_attr',
    'blockquote',
    '.gmail_extra',
    '.gmail_signature',
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
    '[contenteditable="false"]',
    '[aria-hidden="true"]',
  ].join(', '),
  /** Popup strip (InboxSDK MOLE_PARENT_SELECTOR lives inside `.dw`), full-screen host, main content (inline replies, gmail.js `is_inline`). */
  roots: { mole: '.dw', fullScreen: 'body > .aSs', thread: '.AO' },
} as const;

const HOSTS: readonly string[] = hostsOf(MAIL_MATCHES).filter((h) => h === 'mail.google.com');
const SEND_ANY = GMAIL_SELECTORS.send.join(', ');
const BODY_ANY = GMAIL_SELECTORS.body.join(', ');

export function createGmailAdapter(log: SiteLog = debugLog): SiteAdapter {
  const note = onceLogger(log);
  const S = GMAIL_SELECTORS;

  return {
    id: 'gmail',
    matches: (url) => url.protocol === 'https:' && HOSTS.includes(url.hostname),

    findBodies: (root) => queryFirstList<HTMLElement>(root, S.body, 'gmail body', note),

    composeOf(body) {
      const m9 = body.closest<HTMLElement>(S.compose);
      if (m9) return m9;
      const dialog = body.closest<HTMLElement>(S.composeFallback);
      if (dialog) {
        note(`gmail compose: no ${S.compose} around the body; using ${S.composeFallback}`);
        return dialog;
      }
      const holder = lowestAncestorContaining(body, SEND_ANY);
      if (holder) note(`gmail compose: no ${S.compose} or dialog; using the lowest ancestor holding Send`);
      return holder;
    },

    sendButton: (compose) => queryFirstList<HTMLElement>(compose, S.send, 'gmail send', note)[0] ?? null,

    excludeSelector: S.exclude,
    cutSelector: null,

    isHidden(compose) {
      if (!compose.isConnected || hiddenByAncestor(compose)) return true;
      // InboxSDK `isMinimized`: minimising puts an inline `display` on the dialog's child that
      // holds the body (the fixture models it as display:none on the .M9); restoring clears it.
      const dialog = compose.closest(S.composeFallback);
      if (!dialog) return false;
      for (const child of dialog.children) {
        const holdsBody = compose === dialog ? child.querySelector(BODY_ANY) !== null : child.contains(compose);
        if (holdsBody) return (child as HTMLElement).style?.display !== '';
      }
      return false;
    },

    watchRoots(doc) {
      const mole = doc.querySelector(S.roots.mole);
      const thread = doc.querySelector(S.roots.thread);
      // The full-screen host is created on first use, so its absence is normal; the watcher
      // picks it up when it appears under <body>.
      const full = doc.querySelector(S.roots.fullScreen);
      if (mole && thread) return full ? [mole, thread, full] : [mole, thread];
      note(`gmail watch roots: ${mole ? '' : S.roots.mole + ' '}${thread ? '' : S.roots.thread + ' '}missing; watching <body>`);
      return [doc.body ?? doc.documentElement];
    },
  };
}

export const gmail: SiteAdapter = createGmailAdapter();
