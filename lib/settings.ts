// Askwell's settings, defined once: typed, with defaults and a version, stored with
// browser.storage (conventions.md §12). Pure helpers resolve what a setting means; the storage
// item is the only effect. Per-check values are `null` for "the default", so a default can
// change in a later release without overwriting what the user chose.
import { storage } from 'wxt/utils/storage';
import { CHECK_IDS, POLISH_IDS, type AnyCheckId, type CheckId } from './analyzer/types';
import { DEFAULT_COLORS, isColorValue, type HighlightColors } from './colors';
import type { SiteId } from './sites/types';

export interface Settings {
  /** Which checks run and show (core and polish); null = default (on). */
  checks: Record<AnyCheckId, boolean | null>;
  /** Which missing checks stop a send for the pre-send checklist; null = default (all five). */
  blocking: Record<CheckId, boolean | null>;
  /** Askwell on each site. */
  sites: Record<SiteId, boolean>;
  highlight: boolean;
  /** The pre-send checklist. */
  sendGuard: boolean;
  /** `background-color`s of the two highlights; defaults read in light and dark themes. */
  colors: HighlightColors;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  checks: Object.fromEntries([...CHECK_IDS, ...POLISH_IDS].map((id) => [id, null])) as Settings['checks'],
  blocking: Object.fromEntries(CHECK_IDS.map((id) => [id, null])) as Settings['blocking'],
  sites: { gmail: true, outlook: true },
  highlight: true,
  sendGuard: true,
  colors: { ...DEFAULT_COLORS },
};

export const isCheckOn = (s: Settings, id: AnyCheckId): boolean => s.checks[id] ?? true;

/** A check blocks a send only when it is on and marked blocking (default: the five checks block). */
export const isBlocking = (s: Settings, id: CheckId): boolean => isCheckOn(s, id) && (s.blocking[id] ?? true);

export const enabledChecks = (s: Settings): AnyCheckId[] => [...CHECK_IDS, ...POLISH_IDS].filter((id) => isCheckOn(s, id));

/**
 * Fills what a stored value lacks (a check added in a later release, a partial object written by
 * an older build) from the defaults, and drops what it no longer knows.
 */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  const pick = <T extends Record<string, unknown>>(defaults: T, given: unknown, ok: (x: unknown) => boolean): T =>
    Object.fromEntries(
      Object.entries(defaults).map(([k, d]) => {
        const x = given && typeof given === 'object' ? (given as Record<string, unknown>)[k] : undefined;
        return [k, ok(x) ? x : d];
      }),
    ) as T;
  const triState = (x: unknown) => x === null || typeof x === 'boolean';
  return {
    checks: pick(DEFAULT_SETTINGS.checks, v.checks, triState),
    blocking: pick(DEFAULT_SETTINGS.blocking, v.blocking, triState),
    sites: pick(DEFAULT_SETTINGS.sites, v.sites, (x) => typeof x === 'boolean'),
    highlight: typeof v.highlight === 'boolean' ? v.highlight : DEFAULT_SETTINGS.highlight,
    sendGuard: typeof v.sendGuard === 'boolean' ? v.sendGuard : DEFAULT_SETTINGS.sendGuard,
    // Hex, rgb()/hsl() with plain numbers, or a keyword: nothing that could leave the
    // `::highlight()` rule or load a resource (url(), var(), `;`, braces).
    colors: pick(DEFAULT_SETTINGS.colors, v.colors, isColorValue),
  };
}

/** Synced across the user's browsers; settings only, never draft text. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Even empty, `migrations` matters: without it @wxt-dev/storage skips its version check and
  // never writes the version (`settings$: {v: 1}`) beside the value. Add `2: (old) => …` here
  // when the shape changes.
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

// Updates from one page run one after another: two quick toggles would otherwise both read the
// old value and the second write would undo the first.
let pending: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const run = pending.then(async () => {
    const next = normalizeSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
