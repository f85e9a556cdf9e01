'use client';
import { useSecretReveal } from './useSecretReveal';
import { dataFlag, widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/**
 * A multi-line text box. A sensitive one (a private key, say) is masked by the stylesheet until
 * the user presses its show/hide toggle, and keeps its line breaks.
 */
export function TextareaWidget(props: WidgetProps) {
  const { field, value, onChange } = props;
  const reveal = useSecretReveal(props);
  const textarea = (
    <textarea
      {...widgetControlProps(props)}
      data-slot="widget-textarea"
      data-masked={dataFlag(field.sensitive && !reveal.revealed)}
      rows={4}
      autoComplete="off"
      spellCheck={!field.sensitive}
      placeholder={field.placeholder}
      readOnly={field.readOnly && !props.disabled ? true : undefined}
      value={textOf(value)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  if (!field.sensitive) return textarea;
  return (
    <div data-slot="widget-password" data-state={reveal.state} data-multiline="">
      {textarea}
      {reveal.toggle}
    </div>
  );
}
