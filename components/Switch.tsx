export interface SwitchProps {
  /** The visible label. */
  label: string;
  /** Read before the label by screen readers only, e.g. the check's title: "Easy no: Blocks Send". */
  context?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
  /** Id of an element that explains the switch (e.g. why it is disabled). */
  describedBy?: string;
  /** `data-setting`, a stable hook for tests and styles. */
  setting?: string;
  class?: string;
}

/** An on/off switch: a native checkbox with role="switch", inside its label. */
export function Switch({ label, context, checked, disabled, onChange, describedBy, setting, class: className }: SwitchProps) {
  return (
    <label class={['aw-switch', className].filter(Boolean).join(' ')} data-disabled={disabled ? 'true' : undefined}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        data-setting={setting}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        {context && <span class="aw-sr">{context}: </span>}
        {label}
      </span>
    </label>
  );
}
