'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** Shows the date part of a stored value, so `2026-06-01T00:00:00Z` still shows as a date. */
function dateOf(value: WidgetProps['value']): string {
  const text = textOf(value);
  return DATE_PREFIX.exec(text)?.[0] ?? text;
}

/** A date picker (`YYYY-MM-DD`). */
export function DateWidget(props: WidgetProps) {
  return <TextInput {...props} type="date" format={dateOf} />;
}
