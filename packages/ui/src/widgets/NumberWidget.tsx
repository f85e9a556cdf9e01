'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** A number input (a spin button). The form holds what was typed; the payload sends a number. */
export function NumberWidget(props: WidgetProps) {
  return <TextInput {...props} type="number" inputMode="decimal" />;
}
