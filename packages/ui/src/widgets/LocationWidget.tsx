'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** An address or place name, typed as text; `FormField` shows the model's hint under it. */
export function LocationWidget(props: WidgetProps) {
  return <TextInput {...props} type="text" spellCheck />;
}
