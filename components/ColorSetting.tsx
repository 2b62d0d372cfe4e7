import { useId, useState } from 'preact/hooks';
import { alphaOf, parseColor, sameColor, toHex, withAlpha } from '../lib/colors';

export interface ColorSettingProps {
  /** "About you" / "About them". */
  label: string;
  /** What the colour marks, shown under the label. */
  description: string;
  /** A sentence of that kind, shown in the previews. */
  sample: string;
  /** The stored colour. */
  value: string;
  /** The default colour: the reset target, and the alpha every picked colour gets. */
  defaultValue: string;
  onChange(color: string): void;
  /** `data-color`, a stable hook for tests and styles. */
  name: string;
}

/** Typical mail pages, the same pairs tests/components/sidebar-contrast.test.ts checks the defaults on. */
export const PREVIEW_PAGES = [
  { theme: 'light', label: 'On a light page', text: '#202124', background: '#ffffff' },
  { theme: 'dark', label: 'On a dark page', text: '#e8eaed', background: '#202124' },
] as const;

/**
 * One highlight colour: a colour input, previews over a light and a dark page, and "Reset to
 * default". A colour input only picks opaque colours; the highlight keeps the default's
 * transparency (alpha) so the draft's text stays readable over it. Previews follow the input
 * while it is dragged; the colour is saved when the picker commits it (`change`), which keeps
 * storage.sync well under its write quota.
 */
export function ColorSetting({ label, description, sample, value, defaultValue, onChange, name }: ColorSettingProps) {
  const inputId = useId();
  const descriptionId = useId();
  // The colour being dragged in the picker, shown in the previews until it is committed.
  const [picking, setPicking] = useState<string | null>(null);
  const preview = picking ?? value;

  const alpha = alphaOf(defaultValue, 0.35);
  const hex = toHex(parseColor(preview) ?? parseColor(defaultValue)!);
  const fromInput = (v: string) => withAlpha(v, alpha);
  const isDefault = sameColor(value, defaultValue);

  return (
    <div class="ao-color" data-color={name}>
      <div class="ao-color-head">
        <label for={inputId} class="ao-color-label">
          {label}
        </label>
        <p class="ao-hint" id={descriptionId}>
          {description}
        </p>
      </div>
      <div class="ao-color-controls">
        <input
          id={inputId}
          type="color"
          value={hex}
          aria-describedby={descriptionId}
          onInput={(e) => {
            const next = fromInput(e.currentTarget.value);
            if (next) setPicking(next);
          }}
          onChange={(e) => {
            const next = fromInput(e.currentTarget.value);
            setPicking(null);
            if (next && !sameColor(next, value)) onChange(next);
          }}
        />
        <button
          type="button"
          class="ao-button"
          disabled={isDefault}
          onClick={() => {
            setPicking(null);
            onChange(defaultValue);
          }}
        >
          Reset to default<span class="aw-sr"> ({label})</span>
        </button>
      </div>
      <div class="ao-previews">
        {PREVIEW_PAGES.map((page) => (
          <figure
            key={page.theme}
            class="ao-preview"
            data-preview={page.theme}
            style={{ color: page.text, backgroundColor: page.background }}
          >
            <span class="ao-preview-mark" data-part="swatch" style={{ backgroundColor: preview }}>
              {sample}
            </span>
            <figcaption>{page.label}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
