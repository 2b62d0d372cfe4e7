import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { MAIL_MATCHES } from '../../lib/sites/matches';
import { adapterFor, type SiteAdapter } from '../../lib/sites';
import { watchComposes, type ComposeHandle } from '../../lib/page/compose-watcher';
import { extractDraft } from '../../lib/page/extract-text';
import { createHighlighter, type Highlighter } from '../../lib/page/highlight';
import { startSession, type ComposeSession } from '../../lib/page/compose-session';
import { installSendGuard } from '../../lib/page/send-guard';
import { timed } from '../../lib/page/timing';
import { DEFAULT_SETTINGS, enabledChecks, isBlocking, loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { isGetActiveCompose, type ActiveComposeReply } from '../../lib/messages';
import { remoteAnalyze } from '../../lib/analysis-client';
import { mountSidebarUi } from './sidebar-ui';
import { confirmSend } from './guard-ui';

export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    timed('startup', () => {
      const adapter = adapterFor(new URL(location.href));
      if (!adapter) return;
      document.documentElement.dataset.askwellLoaded = '1';
      new Askwell(ctx, adapter).start();
    });
  },
});

/** Everything Askwell does on one mail page, driven by the settings. */
class Askwell {
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private readonly highlighter: Highlighter;
  /** The analyzer runs in the background: the NLP never loads into the mail page. */
  private readonly analyze = remoteAnalyze((message) => browser.runtime.sendMessage(message));
  /** Watching composes; aborted when the site is switched off. */
  private watching: AbortController | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
  ) {
    this.highlighter = createHighlighter(document, { signal: ctx.signal });
  }

  start(): void {
    this.answerPopup();
    installSendGuard(
      window,
      this.adapter,
      {
        decide: (_compose, body) =>
          timed('decide', () => {
            const session = this.sessions.get(body);
            if (!session || !this.settings.sendGuard || !this.siteOn()) return { block: false };
            return session.decide((id) => isBlocking(this.settings, id));
          }),
        confirm: (req) =>
          confirmSend(this.ctx, req, {
            insert: async (checkId, phrase) => {
              const session = this.sessions.get(req.body);
              if (!session?.insert(checkId, phrase)) return null;
              const next = await session.decide((id) => isBlocking(this.settings, id));
              return next.block ? next.missing : [];
            },
          }),
      },
      this.ctx.signal,
    );
    void loadSettings()
      .then((s) => this.apply(s))
      .catch(() => this.apply(DEFAULT_SETTINGS));
    const unwatch = watchSettings((s) => this.apply(s));
    this.ctx.onInvalidated(unwatch);
  }

  private siteOn(): boolean {
    return this.settings.sites[this.adapter.id];
  }

  /** Settings apply live: sites, checks, colours and highlighting reach open composes at once. */
  private apply(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    this.highlighter.setColors(settings.colors);
    if (this.siteOn() && !this.watching) this.watch();
    if (!this.siteOn() && this.watching) this.unwatch();
    // Only a change in which checks run needs a new analysis; a colour or a switch does not.
    const reanalyze = enabledChecks(before).join() !== enabledChecks(settings).join();
    for (const session of this.sessions.values()) {
      if (before.highlight !== settings.highlight) session.setHighlight(settings.highlight);
      if (reanalyze) session.refresh();
    }
  }

  private watch(): void {
    const watching = new AbortController();
    this.watching = watching;
    this.ctx.signal.addEventListener('abort', () => watching.abort(), { once: true });
    watchComposes(
      document,
      this.adapter,
      {
        add: (handle) => void this.mount(handle, watching.signal),
        remove: (handle) => this.release(handle.body),
        change: (handle) => this.sessions.get(handle.body)?.reposition(),
      },
      watching.signal,
    );
  }

  private unwatch(): void {
    this.watching?.abort();
    this.watching = null;
    for (const body of [...this.sessions.keys()]) this.release(body);
  }

  private release(body: HTMLElement): void {
    this.sessions.get(body)?.dispose();
    this.sessions.delete(body);
  }

  /** A sidebar and a session for one compose; one compose's trouble stays with it. */
  private async mount(handle: ComposeHandle, signal: AbortSignal): Promise<void> {
    try {
      let session: ComposeSession | null = null;
      const ui = await mountSidebarUi(this.ctx, handle, () => ({
        onHighlightChange: (on) => void updateSettings((s) => ({ ...s, highlight: on })),
        onCollapsedChange: (c) => session?.setCollapsed(c),
        onSkipChange: (skip) => session?.setSkipped(skip),
        onInsert: (checkId, phrase) => session?.insert(checkId, phrase),
      }));
      if (signal.aborted || !handle.body.isConnected) {
        ui.remove();
        return;
      }
      session = startSession(handle, this.adapter, {
        analyze: this.analyze,
        options: () => ({ checks: enabledChecks(this.settings) }),
        highlight: this.settings.highlight,
        extract: extractDraft,
        highlighter: this.highlighter,
        ui,
      });
      const dispose = session.dispose;
      session.dispose = () => {
        dispose();
        ui.remove();
      };
      this.sessions.set(handle.body, session);
    } catch (error) {
      console.warn('[askwell] could not start on this compose', error);
    }
  }

  /** The toolbar popup asks for the compose the user is working in. */
  private answerPopup(): void {
    const listener = (message: unknown, _sender: unknown, sendResponse: (reply: ActiveComposeReply) => void) => {
      if (!isGetActiveCompose(message)) return undefined;
      const latest = [...this.sessions.values()].sort((a, b) => b.lastActive() - a.lastActive())[0];
      const view = latest?.view();
      sendResponse({
        site: this.adapter.id,
        compose: view ? { text: view.text, report: view.report, skipped: view.skipped } : null,
      });
      // sendResponse + true works with both the polyfill and WXT's fake browser (toolchain.md pitfall 6).
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  }
}
