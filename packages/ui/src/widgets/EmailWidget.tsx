'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/** An email input with the email keyboard; the form validates the address. */
export function EmailWidget(props: WidgetProps) {
  return <TextInput {...props} type="email" inputMode="email" />;
}
