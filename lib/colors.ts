// Highlight colours as the settings store them and as <input type="color"> edits them. Pure: no
// DOM, no WXT. A colour input only knows opaque `#rrggbb`, while the highlights must stay
// semi-transparent so the draft's text reads on light and dark themes (see
// tests/components/sidebar-contrast.test.ts), so the options page edits the hue and keeps the
// default's alpha: `withAlpha(input.value, alphaOf(DEFAULT))`.

/** CSS colours for the two highlights' `background-color` in `::highlight()`. */
export type HighlightColors = {
  self: string;
  other: string;
};

/**
 * The default highlights, semi-transparent so text stays readable on light and dark themes:
 * the page highlighter's, the settings' defaults and the options page's "reset". (The sidebar's
 * --aw-self/--aw-other in components/sidebar.css repeat them: CSS cannot import them.)
 */
export const DEFAULT_COLORS: Readonly<HighlightColors> = { self: 'rgba(255, 214, 0, 0.35)', other: 'rgba(52, 199, 89, 0.30)' };

export interface Rgba {
  /** 0..255 */
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgba?|hsla?)\((?:[-+\d.%\s,/]|deg)+\)$/i;
const KEYWORD = /^[a-z]{3,30}$/i;

/**
 * True for what may go into `background-color` of a `::highlight()` rule: a hex colour,
 * `rgb()`/`rgba()`/`hsl()`/`hsla()` with plain numbers, or a keyword (`gold`, `transparent`).
 * Everything else (`url(…)`, `var(…)`, `;`, braces, quotes, very long strings) is refused, so a
 * tampered setting can neither break out of the rule nor load anything.
 */
export function isColorValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v.length <= 60 && (HEX.test(v) || FUNCTIONAL.test(v) || KEYWORD.test(v));
}

const clampByte = (n: number) => Math.min(255, Math.max(0, Math.round(n)));
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

function channel(token: string): number | null {
  const n = Number.parseFloat(token);
  if (!Number.isFinite(n)) return null;
  return token.endsWith('%') ? clampByte((n / 100) * 255) : clampByte(n);
}

function alpha(token: string | undefined): number | null {
  if (token === undefined) return 1;
  const n = Number.parseFloat(token);
  if (!Number.isFinite(n)) return null;
  return clamp01(token.endsWith('%') ? n / 100 : n);
}

/**
 * The numbers of a hex or `rgb()`/`rgba()` colour (comma or space syntax, `.35` or `35%` alpha);
 * null for anything else (keywords and `hsl()` included: the options page then falls back to the
 * default's hue).
 */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (HEX.test(v)) {
    const digits = v.slice(1);
    const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
    const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? Math.round((byte(3) / 255) * 1000) / 1000 : 1 };
  }
  const m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (!m) return null;
  const [rgb, a] = m[1]!.split('/').map((s) => s.trim());
  const parts = rgb!.split(/[\s,]+/).filter(Boolean);
  // Legacy syntax puts the alpha fourth: rgba(1, 2, 3, 0.5).
  const alphaToken = a ?? (parts.length === 4 ? parts.pop() : undefined);
  if (parts.length !== 3) return null;
  const [r, g, b] = parts.map(channel);
  const al = alpha(alphaToken);
  if (r == null || g == null || b == null || al == null) return null;
  return { r, g, b, a: al };
}

/** `#rrggbb`, the only format `<input type="color">` accepts. */
export function toHex({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): string {
  return `#${[r, g, b].map((n) => clampByte(n).toString(16).padStart(2, '0')).join('')}`;
}

/** The alpha of a colour, or `fallback` when it cannot be parsed. */
export function alphaOf(value: string, fallback = 1): number {
  return parseColor(value)?.a ?? fallback;
}

/** `rgba(r, g, b, a)` from a colour input's `#rrggbb` and an alpha; null when `hex` is not a colour. */
export function withAlpha(hex: string, a: number): string | null {
  const c = parseColor(hex);
  if (!c) return null;
  return `rgba(${c.r}, ${c.g}, ${c.b}, ${Math.round(clamp01(a) * 100) / 100})`;
}

/** Same colour, whatever the spelling (`rgba(52, 199, 89, .30)` = `rgba(52,199,89,0.3)`); unparseable values compare as text. */
export function sameColor(a: string, b: string): boolean {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return a.trim().toLowerCase() === b.trim().toLowerCase();
  return x.r === y.r && x.g === y.g && x.b === y.b && Math.abs(x.a - y.a) < 0.005;
}
