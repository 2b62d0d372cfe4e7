import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS, sameColor } from '../../lib/colors';

// WCAG 2.x contrast: 4.5:1 for text, 3:1 for icons and other non-text UI.
const css = readFileSync(join(__dirname, '../../components/sidebar.css'), 'utf8');

function varsOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--aw-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(color);
  if (rgba) return [+rgba[1]!, +rgba[2]!, +rgba[3]!, rgba[4] === undefined ? 1 : +rgba[4]];
  throw new Error(`cannot parse ${color}`);
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(fg: Rgba, bg: Rgba): number {
  const [a, b] = [luminance(over(fg, bg)), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const light = varsOf('.aw-root');
const dark = { ...light, ...varsOf(".aw-root[data-theme='dark']") };

describe.each([
  ['light', light],
  ['dark', dark],
])('sidebar colours, %s theme', (_name, v) => {
  const get = (name: string) => parse(v[name]!);

  it.each(['--aw-fg', '--aw-muted', '--aw-met', '--aw-missing', '--aw-na', '--aw-accent'])(
    '%s is readable text on the background and the surface (≥ 4.5)',
    (name) => {
      expect(contrast(get(name), get('--aw-bg'))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(get(name), get('--aw-surface'))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['--aw-focus', '--aw-self-edge', '--aw-other-edge'])('%s stands out from the background (≥ 3)', (name) => {
    expect(contrast(get(name), get('--aw-bg'))).toBeGreaterThanOrEqual(3);
  });
});

describe('page highlight colours keep the draft readable', () => {
  // Typical page text/background pairs: Gmail/Outlook light, and a dark theme (Gmail's #202124).
  it.each([
    ['light page', '#202124', '#ffffff'],
    ['dark page', '#e8eaed', '#202124'],
  ])('%s', (_name, text, page) => {
    for (const tint of [DEFAULT_COLORS.self, DEFAULT_COLORS.other]) {
      const bg = over(parse(tint.replace(/,\s*\./, ', 0.')), parse(page));
      expect(contrast(parse(text), bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the sidebar repeats the default highlight colours (CSS cannot import them)', () => {
  it.each(['self', 'other'] as const)('--aw-%s is DEFAULT_COLORS.%s', (focus) => {
    expect(sameColor(light[`--aw-${focus}`]!, DEFAULT_COLORS[focus])).toBe(true);
  });
});
