import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, normalizeSettings, updateSettings, watchSettings, type Settings } from '../lib/settings';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface UseSettings {
  /** Null until loaded from storage. */
  settings: Settings | null;
  /** Applies `change` at once on screen and saves it (every open compose gets it through watchSettings). */
  update(change: (s: Settings) => Settings): void;
  saveState: SaveState;
  /** Why loading or the last save failed, or ''. */
  error: string;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The settings for an extension page (options, popup): loaded once, kept in step with changes made
 * elsewhere (another page, another browser through storage.sync), and saved on every change.
 */
export function useSettings(): UseSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState('');
  // While our own saves are in flight, storage events describe older states than the screen:
  // applying them would flip a switch back for a moment. The last save's result wins instead.
  const pending = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    loadSettings().then(
      (s) => {
        if (alive.current && pending.current === 0) setSettings(s);
      },
      (e: unknown) => {
        if (!alive.current) return;
        setSettings(normalizeSettings(undefined));
        setError(`Could not load your settings: ${messageOf(e)}`);
      },
    );
    const unwatch = watchSettings((s) => {
      if (alive.current && pending.current === 0) setSettings(s);
    });
    return () => {
      alive.current = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (s: Settings) => Settings) => {
    setSettings((prev) => (prev ? normalizeSettings(change(prev)) : prev));
    pending.current += 1;
    setSaveState('saving');
    updateSettings(change).then(
      (saved) => {
        pending.current -= 1;
        if (!alive.current || pending.current > 0) return;
        setSettings(saved);
        setSaveState('saved');
        setError('');
      },
      (e: unknown) => {
        pending.current -= 1;
        if (!alive.current) return;
        setSaveState('error');
        setError(`Could not save: ${messageOf(e)}`);
        // Show what is really stored.
        if (pending.current === 0) void loadSettings().then((s) => alive.current && setSettings(s), () => {});
      },
    );
  }, []);

  return { settings, update, saveState, error };
}

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

/** True when the system asks for a dark theme; follows changes while the page is open. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => darkQuery()?.matches ?? false);
  useEffect(() => {
    const query = darkQuery();
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}
