'use client';
import { useSecretReveal } from './useSecretReveal';
import { dataFlag, widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/**
 * A secret: masked by default, with a show/hide toggle button inside the field's box. Browsers
 * are told not to fill in a saved login (`autoComplete="new-password"`), and spelling checks
 * are off so the secret is never sent to a spelling service. Also used for every sensitive
 * single-line field.
 */
export function PasswordWidget(props: WidgetProps) {
  const { field, value, onChange, invalid, disabled } = props;
  const { revealed, state, toggle } = useSecretReveal(props);
  return (
    <div
      data-slot="widget-password"
      data-state={state}
      data-invalid={dataFlag(invalid)}
      data-disabled={dataFlag(disabled)}
    >
      <input
        {...widgetControlProps(props)}
        data-slot="widget-input"
        data-kind={field.kind}
        type={revealed ? 'text' : 'password'}
        autoComplete="new-password"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        placeholder={field.placeholder}
        value={textOf(value)}
        onChange={(event) => onChange(event.target.value)}
      />
      {toggle}
    </div>
  );
}
