import { DEFAULT_COLORS } from '../lib/colors';
import type { Settings } from '../lib/settings';
import type { SiteId } from '../lib/sites/types';
import { CheckToggles } from './CheckToggles';
import { ColorSetting } from './ColorSetting';
import { Switch } from './Switch';
import { useSettings, type SaveState } from './useSettings';
// Bundled into the options page's CSS by WXT's Vite build; vitest ignores the import.
import './options.css';

const SITES: ReadonlyArray<{ id: SiteId; label: string; hosts: string }> = [
  { id: 'gmail', label: 'Gmail', hosts: 'mail.google.com' },
  { id: 'outlook', label: 'Outlook on the web', hosts: 'outlook.live.com, outlook.office.com, outlook.office365.com, outlook.cloud.microsoft' },
];

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved. Open compose windows use it now.',
  error: '',
};

/**
 * The options page: which checks run and which block Send, the highlights and their colours, the
 * sites, the pre-send checklist. Every change is saved at once; open compose windows pick it up
 * through watchSettings. Check rows are generated from the checks' metadata.
 */
export function OptionsPage() {
  const { settings, update, saveState, error } = useSettings();

  return (
    <main class="ao-page" data-askwell="options" aria-busy={settings === null}>
      <header class="ao-header">
        <h1>Askwell options</h1>
        <p class="ao-hint">Changes are saved as you make them and synced with your other browsers. Settings only: your drafts never leave the page.</p>
        <p class="ao-status" role="status" aria-live="polite" data-save={saveState}>
          {error || SAVE_TEXT[saveState]}
        </p>
      </header>
      {settings === null ? <p class="ao-hint">Loading your settings…</p> : <OptionsForm settings={settings} update={update} />}
    </main>
  );
}

interface OptionsFormProps {
  settings: Settings;
  update(change: (s: Settings) => Settings): void;
}

function OptionsForm({ settings, update }: OptionsFormProps) {
  const setColor = (focus: 'self' | 'other') => (color: string) =>
    update((s) => ({ ...s, colors: { ...s.colors, [focus]: color } }));

  return (
    <form class="ao-form" onSubmit={(e) => e.preventDefault()}>
      <CheckToggles settings={settings} update={update} />

      <fieldset class="ao-section" data-section="highlights">
        <legend>
          <h2>Highlights</h2>
        </legend>
        <Switch
          label="Highlight sentences in the draft"
          checked={settings.highlight}
          setting="highlight"
          onChange={(on) => update((s) => ({ ...s, highlight: on }))}
        />
        <p class="ao-hint">
          Sentences about you and about the recipient are tinted in the draft, without changing its text. The colours are
          see-through so the text stays readable on light and dark themes.
        </p>
        <ColorSetting
          name="self"
          label="About you"
          description="Sentences about you (“I”, “my”, “we”)."
          sample="I finished the first draft."
          value={settings.colors.self}
          defaultValue={DEFAULT_COLORS.self}
          onChange={setColor('self')}
        />
        <ColorSetting
          name="other"
          label="About them"
          description="Sentences about the recipient (“you”, “your”)."
          sample="Your team would save a day."
          value={settings.colors.other}
          defaultValue={DEFAULT_COLORS.other}
          onChange={setColor('other')}
        />
      </fieldset>

      <fieldset class="ao-section" data-section="sites">
        <legend>
          <h2>Sites</h2>
        </legend>
        <p class="ao-hint">Where Askwell shows its checklist. Turning a site off takes effect in open tabs right away.</p>
        {SITES.map((site) => (
          <div class="ao-site" key={site.id} data-site={site.id}>
            <Switch
              label={site.label}
              checked={settings.sites[site.id]}
              setting={`site-${site.id}`}
              onChange={(on) => update((s) => ({ ...s, sites: { ...s.sites, [site.id]: on } }))}
            />
            <p class="ao-hint ao-hosts">{site.hosts}</p>
          </div>
        ))}
      </fieldset>

      <fieldset class="ao-section" data-section="send">
        <legend>
          <h2>Before sending</h2>
        </legend>
        <Switch
          label="Pre-send checklist"
          checked={settings.sendGuard}
          setting="sendGuard"
          onChange={(on) => update((s) => ({ ...s, sendGuard: on }))}
        />
        <p class="ao-hint">
          When you press Send and a check marked “Blocks Send” is missing, Askwell shows the checklist first; you can
          still send as is.
        </p>
      </fieldset>
    </form>
  );
}
