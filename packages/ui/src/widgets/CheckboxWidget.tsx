'use client';
import { widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { isChecked } from './widgetValues';

/** A checkbox (`checkbox` and `boolean` fields); `FormField` puts its label beside it. */
export function CheckboxWidget(props: WidgetProps) {
  const checked = isChecked(props.value);
  return (
    <input
      {...widgetControlProps(props)}
      data-slot="widget-checkbox"
      data-state={checked ? 'checked' : 'unchecked'}
      type="checkbox"
      checked={checked}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}
