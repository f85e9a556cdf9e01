'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** A single-line text input: the widget of `text` fields and of any type the API adds later. */
export function TextWidget(props: WidgetProps) {
  return <TextInput {...props} type="text" />;
}
