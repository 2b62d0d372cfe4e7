// Finds compose windows as they open, move, hide and close, and tells the content script.
// Cheap by design: Gmail and Outlook mutate the DOM constantly, so each mutation batch only
// looks at the subtrees that were added, plus a per-handle isConnected / hidden check; the
// whole document is never rescanned per mutation (notes §1.4 and §5.4).
import type { SiteAdapter } from '../sites/types';

export interface ComposeHandle {
  readonly body: HTMLElement;
  /** Re-resolved when the body moves, which is why it is not readonly. */
  compose: HTMLElement;
  /** Unique within one watchComposes call. */
  readonly id: number;
}

export interface ComposeHandlers {
  add(compose: ComposeHandle): void;
  /** Closed, discarded, sent, or recreated elsewhere (Outlook's pop-out builds new nodes). */
  remove(compose: ComposeHandle): void;
  /** Moved (Gmail full screen re-parents the same body) or hidden/shown (minimised, background tab). */
  change?(compose: ComposeHandle): void;
}

export interface WatchOptions {
  /** How long a body may stay detached before its compose counts as gone (a move in two steps). */
  removeDelayMs?: number;
  /**
   * Period of the safety sweep: re-reads the adapter's watch roots (a root can be replaced
   * deep inside the app, or appear after load) and re-checks hidden state.
   */
  sweepMs?: number;
  /** Errors from handlers or the adapter end here instead of escaping into the page. */
  onError?: (error: unknown) => void;
}

interface Tracked {
  handle: ComposeHandle;
  hidden: boolean;
  /** The body's ancestors when last seen: a different chain means the body moved. */
  path: Element[];
  removal: ReturnType<typeof setTimeout> | null;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  // Only the attributes the adapters' isHidden reads (hidden, inline display): class churn
  // is the bulk of Gmail's attribute mutations and never changes a compose's visibility here.
  attributeFilter: ['style', 'hidden'],
};

/**
 * Calls `handlers.add` for every compose present now and appearing later, `change` when one
 * moves or is hidden/shown, `remove` when it is gone. Handles are keyed by the body element,
 * so a re-parented body keeps its handle. Everything stops when `signal` aborts.
 */
export function watchComposes(
  doc: Document,
  adapter: SiteAdapter,
  handlers: ComposeHandlers,
  signal: AbortSignal,
  options: WatchOptions = {},
): void {
  if (signal.aborted) return;
  const removeDelayMs = options.removeDelayMs ?? 50;
  const sweepMs = options.sweepMs ?? 2000;
  const report = options.onError ?? ((error: unknown) => console.error('[askwell] compose watcher:', error));
  // The document's own constructor: the one of the realm that owns the nodes.
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;

  const tracked = new Map<HTMLElement, Tracked>();
  /**
   * Bodies seen before their compose was resolvable (Gmail sets .M9 after insertion, gmail.js),
   * retried with a growing pause: an editable that never gets a Send button (a calendar
   * description, say) must not cost an ancestor walk on every mutation batch.
   */
  const orphans = new Map<HTMLElement, { tries: number; next: number }>();
  const observers = new Map<Element, MutationObserver>();
  let shallow: MutationObserver | null = null;
  let nextId = 1;
  let stopped = false;

  // The pending batch. `scan` maps a subtree to whether it was inserted by a mutation (a
  // tracked body inside it has moved) or is a root scanned for the first time.
  const scan = new Map<Element, boolean>();
  const attributeTargets = new Set<Node>();
  let syncRootsNext = true;
  let sweepNext = false;
  let scheduled = false;

  const call = (fn: ((c: ComposeHandle) => void) | undefined, handle: ComposeHandle) => {
    if (!fn) return;
    try {
      fn.call(handlers, handle);
    } catch (error) {
      report(error);
    }
  };

  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes') attributeTargets.add(record.target);
      else for (const node of record.addedNodes) if (node.nodeType === 1) scan.set(node as Element, true);
    }
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    // One microtask after the observers' callbacks, so records of several roots (Gmail's
    // full-screen move: removed from the mole strip, added under .aSs) form one batch.
    queueMicrotask(flush);
  };
  const onMutations = (records: MutationRecord[]) => {
    take(records);
    schedule();
  };

  const syncRoots = () => {
    const wanted = outermost(adapter.watchRoots(doc).filter((root) => root.isConnected));
    for (const [root, observer] of observers) {
      if (wanted.includes(root)) continue;
      take(observer.takeRecords());
      observer.disconnect();
      observers.delete(root);
    }
    for (const root of wanted) {
      if (observers.has(root)) continue;
      const observer = new Observer(onMutations);
      observer.observe(root, OBSERVE);
      observers.set(root, observer);
      if (!scan.has(root)) scan.set(root, false);
    }
    // Containers created later directly under <body> (Gmail's full-screen host, portal layers)
    // become roots: a childList-only observer on <body> notices them without a subtree watch.
    const body = doc.body;
    const bodyCovered = !body || wanted.some((root) => root.contains(body));
    if (bodyCovered && shallow) {
      shallow.disconnect();
      shallow = null;
    } else if (!bodyCovered && !shallow && body) {
      shallow = new Observer(() => {
        syncRootsNext = true;
        schedule();
      });
      shallow.observe(body, { childList: true });
    }
  };

  const cancelRemoval = (entry: Tracked) => {
    if (entry.removal === null) return;
    clearTimeout(entry.removal);
    entry.removal = null;
  };
  // A detached body is given a moment before its compose counts as gone: a client may move
  // it in two steps, and it keeps its handle if it comes back (notes §5.4).
  const scheduleRemoval = (entry: Tracked) => {
    if (entry.removal !== null) return;
    entry.removal = setTimeout(() => {
      entry.removal = null;
      if (stopped || tracked.get(entry.handle.body) !== entry) return;
      try {
        if (entry.handle.body.isConnected) {
          // Back, but somewhere no mutation batch reported it: treat it as a move.
          const changed = new Set<Tracked>();
          consider(entry.handle.body, true, changed);
          for (const c of changed) call(handlers.change, c.handle);
          return;
        }
        tracked.delete(entry.handle.body);
        call(handlers.remove, entry.handle);
      } catch (error) {
        report(error);
      }
    }, removeDelayMs);
  };

  const consider = (body: HTMLElement, moved: boolean, changed: Set<Tracked>) => {
    const entry = tracked.get(body);
    if (entry) {
      if (!body.isConnected) return;
      cancelRemoval(entry);
      const compose = adapter.composeOf(body) ?? entry.handle.compose;
      const hidden = adapter.isHidden(compose);
      // A move can surface as a first scan of a root that did not exist before (Gmail creates
      // its full-screen host on first use), so the ancestor chain decides, not only the record.
      const path = ancestorsOf(body);
      if (moved || !samePath(path, entry.path) || compose !== entry.handle.compose || hidden !== entry.hidden) {
        changed.add(entry);
      }
      entry.handle.compose = compose;
      entry.hidden = hidden;
      entry.path = path;
      return;
    }
    if (!body.isConnected) {
      orphans.delete(body);
      return;
    }
    const compose = adapter.composeOf(body);
    if (!compose) {
      const tries = (orphans.get(body)?.tries ?? 0) + 1;
      orphans.set(body, { tries, next: Date.now() + Math.min(25 * 2 ** tries, sweepMs) });
      return;
    }
    orphans.delete(body);
    const handle: ComposeHandle = { body, compose, id: nextId++ };
    tracked.set(body, { handle, hidden: adapter.isHidden(compose), path: ancestorsOf(body), removal: null });
    call(handlers.add, handle);
  };

  /** Typing inside a body adds nodes all the time; no compose can be born inside another. */
  const insideTrackedBody = (node: Element): boolean => {
    for (const body of tracked.keys()) if (body !== node && body.contains(node)) return true;
    return false;
  };

  function flush() {
    scheduled = false;
    if (stopped) return;
    try {
      if (syncRootsNext) {
        syncRootsNext = false;
        syncRoots();
      }
      const changed = new Set<Tracked>();
      const subtrees = [...scan];
      scan.clear();
      for (const [root, moved] of subtrees) {
        if (!root.isConnected || insideTrackedBody(root)) continue;
        for (const body of adapter.findBodies(root)) consider(body, moved, changed);
      }
      const sweep = sweepNext;
      sweepNext = false;
      const now = Date.now();
      for (const [body, retry] of [...orphans]) if (sweep || now >= retry.next) consider(body, false, changed);

      const targets = [...attributeTargets];
      attributeTargets.clear();
      for (const entry of tracked.values()) {
        const { body, compose } = entry.handle;
        if (!body.isConnected) {
          scheduleRemoval(entry);
          continue;
        }
        if (!sweep && !targets.some((target) => target.contains(body))) continue;
        const hidden = adapter.isHidden(compose);
        if (hidden !== entry.hidden) {
          entry.hidden = hidden;
          changed.add(entry);
        }
      }
      for (const entry of changed) if (tracked.get(entry.handle.body) === entry) call(handlers.change, entry.handle);
    } catch (error) {
      report(error);
    }
  }

  const sweepTimer = setInterval(() => {
    syncRootsNext = true;
    sweepNext = true;
    schedule();
  }, sweepMs);

  signal.addEventListener(
    'abort',
    () => {
      stopped = true;
      clearInterval(sweepTimer);
      for (const observer of observers.values()) observer.disconnect();
      observers.clear();
      shallow?.disconnect();
      shallow = null;
      for (const entry of tracked.values()) cancelRemoval(entry);
      tracked.clear();
      orphans.clear();
      scan.clear();
      attributeTargets.clear();
    },
    { once: true },
  );

  // The initial scan runs now, so composes already open are added before this returns.
  flush();
}

function ancestorsOf(el: Element): Element[] {
  const path: Element[] = [];
  for (let node = el.parentElement; node; node = node.parentElement) path.push(node);
  return path;
}

const samePath = (a: Element[], b: Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

/** Drops roots inside other roots: one subtree observer already covers them. */
function outermost(roots: Element[]): Element[] {
  const unique = [...new Set(roots)];
  return unique.filter((root) => !unique.some((other) => other !== root && other.contains(root)));
}
