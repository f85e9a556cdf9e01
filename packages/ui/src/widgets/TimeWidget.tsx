'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** A time picker (`HH:MM`). */
export function TimeWidget(props: WidgetProps) {
  return <TextInput {...props} type="time" />;
}
