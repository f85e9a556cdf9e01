'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** A phone number input (`tel` and `phone` fields) with the phone keypad. */
export function TelWidget(props: WidgetProps) {
  return <TextInput {...props} type="tel" inputMode="tel" />;
}
