import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_IDS, POLISH_IDS, type AnyCheckId, type CheckId } from '../../lib/analyzer/types';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  enabledChecks,
  isBlocking,
  isCheckOn,
  loadSettings,
  normalizeSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../lib/settings';
import { alphaOf, DEFAULT_COLORS, isColorValue, parseColor, sameColor, toHex, withAlpha } from '../../lib/colors';

beforeEach(() => fakeBrowser.reset());

const ALL_IDS: AnyCheckId[] = [...CHECK_IDS, ...POLISH_IDS];
/** What `storage.sync` holds under the item's key ('sync:settings' → 'settings'). */
const stored = async (key = 'settings'): Promise<any> => (await fakeBrowser.storage.sync.get(key))[key];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function withChecks(over: Partial<Record<AnyCheckId, boolean | null>>, blocking: Partial<Record<CheckId, boolean | null>> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    checks: { ...DEFAULT_SETTINGS.checks, ...over },
    blocking: { ...DEFAULT_SETTINGS.blocking, ...blocking },
  };
}

describe('defaults', () => {
  it('has every core and polish check at "default" (null), all on', () => {
    expect(Object.keys(DEFAULT_SETTINGS.checks)).toEqual(ALL_IDS);
    expect(Object.values(DEFAULT_SETTINGS.checks).every((v) => v === null)).toBe(true);
    expect(enabledChecks(DEFAULT_SETTINGS)).toEqual(ALL_IDS);
  });

  it('has the five checks blocking by default, and no polish check in `blocking`', () => {
    expect(Object.keys(DEFAULT_SETTINGS.blocking)).toEqual([...CHECK_IDS]);
    expect(CHECK_IDS.every((id) => isBlocking(DEFAULT_SETTINGS, id))).toBe(true);
  });

  it.each([
    ['sites', { gmail: true, outlook: true }],
    ['highlight', true],
    ['sendGuard', true],
    ['colors', { ...DEFAULT_COLORS }],
  ] as const)('%s', (key, value) => {
    expect(DEFAULT_SETTINGS[key]).toEqual(value);
  });

  it('is version 1', () => {
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('has semi-transparent default colours (the page highlighter uses the same DEFAULT_COLORS)', () => {
    for (const focus of ['self', 'other'] as const) {
      const ours = parseColor(DEFAULT_COLORS[focus]);
      expect(ours, DEFAULT_COLORS[focus]).not.toBeNull();
      // Semi-transparent, so text stays readable under them.
      expect(ours!.a).toBeGreaterThan(0);
      expect(ours!.a).toBeLessThan(0.5);
    }
  });
});

describe('normalizeSettings', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('turns %s into the defaults', (_name, value) => {
    expect(normalizeSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a fresh object that does not share state with the defaults', () => {
    const s = normalizeSettings(undefined);
    s.checks['specific-ask'] = false;
    s.colors.self = '#000000';
    s.sites.gmail = false;
    expect(DEFAULT_SETTINGS.checks['specific-ask']).toBeNull();
    expect(DEFAULT_SETTINGS.colors.self).toBe(DEFAULT_COLORS.self);
    expect(DEFAULT_SETTINGS.sites.gmail).toBe(true);
  });

  it('keeps every valid value', () => {
    const s: Settings = {
      checks: Object.fromEntries(ALL_IDS.map((id, i) => [id, [true, false, null][i % 3]])) as Settings['checks'],
      blocking: { 'specific-ask': false, bounded: true, 'easy-no': null, benefit: false, thanks: true },
      sites: { gmail: false, outlook: true },
      highlight: false,
      sendGuard: false,
      colors: { self: '#ff0000', other: 'rgba(0, 0, 255, 0.25)' },
    };
    expect(normalizeSettings(structuredClone(s))).toEqual(s);
  });

  it('fills what an older or partial value lacks (a check added later, a missing section)', () => {
    const s = normalizeSettings({ checks: { thanks: false }, sites: { gmail: false }, highlight: false });
    expect(s.checks.thanks).toBe(false);
    expect(s.checks['one-off']).toBeNull();
    expect(s.blocking).toEqual(DEFAULT_SETTINGS.blocking);
    expect(s.sites).toEqual({ gmail: false, outlook: true });
    expect(s.highlight).toBe(false);
    expect(s.sendGuard).toBe(true);
    expect(s.colors).toEqual(DEFAULT_COLORS);
  });

  it('drops what it does not know (a removed check, a removed site, an unknown field)', () => {
    const s = normalizeSettings({
      checks: { 'old-check': false, thanks: true },
      blocking: { calm: true, 'old-check': false },
      sites: { yahoo: true },
      colors: { self: '#ff0000', neutral: '#00ff00' },
      theme: 'dark',
    }) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(s).sort()).toEqual(['blocking', 'checks', 'colors', 'highlight', 'sendGuard', 'sites']);
    expect(Object.keys(s.checks!)).toEqual(ALL_IDS);
    expect(Object.keys(s.blocking!)).toEqual([...CHECK_IDS]);
    expect(Object.keys(s.sites!)).toEqual(['gmail', 'outlook']);
    expect(s.colors).toEqual({ self: '#ff0000', other: DEFAULT_COLORS.other });
  });

  it.each<[string, Record<string, unknown>, (s: Settings) => unknown, unknown]>([
    ['a check set to a string', { checks: { thanks: 'off' } }, (s) => s.checks.thanks, null],
    ['a check set to 0', { checks: { bounded: 0 } }, (s) => s.checks.bounded, null],
    ['blocking set to "yes"', { blocking: { benefit: 'yes' } }, (s) => s.blocking.benefit, null],
    ['a site set to null (sites have no default state)', { sites: { outlook: null } }, (s) => s.sites.outlook, true],
    ['a site set to 1', { sites: { gmail: 1 } }, (s) => s.sites.gmail, true],
    ['highlight set to "false"', { highlight: 'false' }, (s) => s.highlight, true],
    ['sendGuard set to null', { sendGuard: null }, (s) => s.sendGuard, true],
    ['checks as an array', { checks: [false, false] }, (s) => s.checks['specific-ask'], null],
    ['colors as a string', { colors: '#ff0000' }, (s) => s.colors, DEFAULT_COLORS],
  ])('replaces an invalid value with the default: %s', (_name, value, get, expected) => {
    expect(get(normalizeSettings(value))).toEqual(expected);
  });

  it.each([
    '#ff0',
    '#ff0a',
    '#FFD600',
    '#ffd60080',
    'rgba(255, 214, 0, 0.35)',
    'rgba(255, 214, 0, .35)',
    'rgb(255 214 0 / 35%)',
    'hsl(50deg 100% 50% / 0.3)',
    'gold',
    'transparent',
  ])('accepts the colour %s', (color) => {
    expect(normalizeSettings({ colors: { self: color } }).colors.self).toBe(color);
  });

  it.each<[string, unknown]>([
    ['a rule break-out', 'red; } body { display: none'],
    ['a closing brace', 'red}'],
    ['a url()', 'url(https://example.com/x.png)'],
    ['a var()', 'var(--page-colour)'],
    ['an expression()', 'expression(alert(1))'],
    ['a quote', '"red"'],
    ['an HTML tag', '<b>red</b>'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['a bad hex', '#12'],
    ['a five-digit hex', '#12345'],
    ['words', 'not a colour'],
    ['a very long value', `rgba(${'1, '.repeat(40)}1)`],
    ['a number', 255],
    ['null', null],
    ['an object', { r: 1 }],
  ])('rejects %s as a colour', (_name, color) => {
    expect(normalizeSettings({ colors: { self: color, other: color } }).colors).toEqual(DEFAULT_COLORS);
  });
});

describe('isCheckOn / isBlocking', () => {
  // [check value, blocking value, on, blocks]
  it.each<[boolean | null, boolean | null, boolean, boolean]>([
    [null, null, true, true],
    [null, true, true, true],
    [null, false, true, false],
    [true, null, true, true],
    [true, true, true, true],
    [true, false, true, false],
    [false, null, false, false],
    [false, true, false, false],
    [false, false, false, false],
  ])('check %s, blocking %s → on %s, blocks %s', (check, blocking, on, blocks) => {
    for (const id of CHECK_IDS) {
      const s = withChecks({ [id]: check }, { [id]: blocking });
      expect(isCheckOn(s, id)).toBe(on);
      expect(isBlocking(s, id)).toBe(blocks);
    }
  });

  it('reads each check on its own', () => {
    const s = withChecks({ bounded: false, calm: false }, { thanks: false });
    expect(enabledChecks(s)).toEqual(ALL_IDS.filter((id) => id !== 'bounded' && id !== 'calm'));
    expect(CHECK_IDS.filter((id) => isBlocking(s, id))).toEqual(['specific-ask', 'easy-no', 'benefit']);
  });

  it.each(POLISH_IDS)('polish check %s: null means on', (id) => {
    expect(isCheckOn(DEFAULT_SETTINGS, id)).toBe(true);
    expect(isCheckOn(withChecks({ [id]: false }), id)).toBe(false);
  });
});

describe('storage: load, update, watch', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
  });

  it('stores under sync:settings', () => {
    expect(settingsItem.key).toBe('sync:settings');
  });

  it('round-trips an update through storage.sync', async () => {
    const next = await updateSettings((s) => ({ ...s, highlight: false, checks: { ...s.checks, calm: false } }));
    expect(next.highlight).toBe(false);
    expect(next.checks.calm).toBe(false);
    expect(await stored()).toEqual(next);
    expect(await loadSettings()).toEqual(next);
    // Nothing else changed.
    expect({ ...next, highlight: true, checks: { ...next.checks, calm: null } }).toEqual(DEFAULT_SETTINGS);
  });

  it('normalizes what it loads (a value written by hand or by an older build)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlight: false, colors: { self: 'url(x)' }, extra: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlight: false });
  });

  it('normalizes what it saves', async () => {
    const next = await updateSettings((s) => ({ ...s, colors: { self: 'red; x', other: '#00ff00' } }));
    expect(next.colors).toEqual({ self: DEFAULT_COLORS.self, other: '#00ff00' });
    expect((await stored()).colors).toEqual(next.colors);
  });

  it('applies updates one after another, so quick changes are not lost', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, highlight: false })),
      updateSettings((s) => ({ ...s, sendGuard: false })),
      updateSettings((s) => ({ ...s, sites: { ...s.sites, outlook: false } })),
    ]);
    const s = await loadSettings();
    expect([s.highlight, s.sendGuard, s.sites.outlook]).toEqual([false, false, false]);
  });

  it('keeps working after a change function throws', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await updateSettings((s) => ({ ...s, highlight: false }))).highlight).toBe(false);
  });

  it('tells watchers about each change, normalized, and stops when unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, sendGuard: false }));
    await fakeBrowser.storage.sync.set({ settings: { checks: { thanks: false } } });
    await flush();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, sendGuard: false });
    expect(seen[1]).toEqual(withChecks({ thanks: false }));

    await fakeBrowser.storage.sync.remove('settings');
    await flush();
    expect(seen[2]).toEqual(DEFAULT_SETTINGS);

    unwatch();
    await updateSettings((s) => ({ ...s, highlight: false }));
    await flush();
    expect(seen).toHaveLength(3);
  });

  it('ignores changes to other keys and other areas', async () => {
    const callback = vi.fn();
    const unwatch = watchSettings(callback);
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.local.set({ settings: { highlight: false } });
    await flush();
    expect(callback).not.toHaveBeenCalled();
    unwatch();
  });

  it('stores the version beside the value on the first save', async () => {
    // The item decides whether to write the version when it is defined, so define it afresh
    // on empty storage, as a new install does.
    vi.resetModules();
    const fresh = await import('../../lib/settings');
    await fresh.updateSettings((s) => ({ ...s, highlight: false }));
    expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION });
    expect(await fresh.settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('lib/colors', () => {
  it.each<[string, ReturnType<typeof parseColor>]>([
    ['#ffd600', { r: 255, g: 214, b: 0, a: 1 }],
    ['#FD0', { r: 255, g: 221, b: 0, a: 1 }],
    ['#ffd60080', { r: 255, g: 214, b: 0, a: 0.502 }],
    ['rgba(255, 214, 0, 0.35)', { r: 255, g: 214, b: 0, a: 0.35 }],
    ['rgba(52, 199, 89, .30)', { r: 52, g: 199, b: 89, a: 0.3 }],
    ['rgb(52 199 89 / 30%)', { r: 52, g: 199, b: 89, a: 0.3 }],
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3, a: 1 }],
    ['rgb(100%, 0%, 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['gold', null],
    ['hsl(50, 100%, 50%)', null],
    ['rgb(1, 2)', null],
    ['#12', null],
  ])('parseColor(%s)', (value, expected) => {
    expect(parseColor(value)).toEqual(expected);
  });

  it('converts between a colour input and a semi-transparent highlight', () => {
    expect(toHex(parseColor(DEFAULT_COLORS.self)!)).toBe('#ffd600');
    expect(toHex(parseColor(DEFAULT_COLORS.other)!)).toBe('#34c759');
    expect(withAlpha('#ffd600', alphaOf(DEFAULT_COLORS.self))).toBe('rgba(255, 214, 0, 0.35)');
    expect(withAlpha('#3366ff', 0.3)).toBe('rgba(51, 102, 255, 0.3)');
    expect(withAlpha('nope', 0.3)).toBeNull();
    expect(alphaOf('gold', 0.4)).toBe(0.4);
  });

  it('compares colours by value', () => {
    expect(sameColor('rgba(52, 199, 89, 0.30)', 'rgba(52,199,89,.3)')).toBe(true);
    expect(sameColor('#34c759', 'rgba(52, 199, 89, 1)')).toBe(true);
    expect(sameColor('#34c759', 'rgba(52, 199, 89, 0.3)')).toBe(false);
    expect(sameColor('Gold', 'gold')).toBe(true);
  });

  it('every accepted colour is a colour value', () => {
    expect(isColorValue(DEFAULT_COLORS.self)).toBe(true);
    expect(isColorValue(DEFAULT_COLORS.other)).toBe(true);
    expect(isColorValue(undefined)).toBe(false);
  });
});
