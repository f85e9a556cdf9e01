'use client';
import type { WidgetProps } from './widgetRegistry';

/** Renders nothing: a hidden field's value is kept by the form model and sent back unchanged. */
export function HiddenWidget(_props: WidgetProps) {
  return null;
}
