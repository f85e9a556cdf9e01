'use client';
import { TextInput } from './TextInput';
import type { WidgetProps } from './widgetRegistry';

/**
 * A web address input. With a `prefix` (say `https://`) the user types only part of the
 * address, so the input is plain text with the URL keyboard rather than `type="url"`.
 */
export function UrlWidget(props: WidgetProps) {
  const partial = props.field.prefix !== undefined || props.field.suffix !== undefined;
  return <TextInput {...props} type={partial ? 'text' : 'url'} inputMode="url" />;
}
