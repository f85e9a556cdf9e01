'use client';
import { CreatableSelect } from './CreatableSelect';
import { NativeSelect } from './NativeSelect';
import type { WidgetProps } from './widgetRegistry';

/**
 * A single choice: a native `<select>` (option groups as `<optgroup>`s), or, when the field
 * allows custom values, an input with a list of suggestions that also takes typed values.
 */
export function SelectWidget(props: WidgetProps) {
  if (props.field.allowCustomValues) return <CreatableSelect {...props} />;
  return <NativeSelect {...props} />;
}
