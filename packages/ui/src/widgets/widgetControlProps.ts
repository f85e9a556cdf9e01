import { joinClassNames } from '../internal/joinClassNames';
import type { WidgetProps } from './widgetRegistry';

/**
 * Joins `aria-describedby` ids, skipping empty ones; `undefined` when none is left (the same
 * joining as for class names).
 */
export const describedByIds: (
  ...ids: Array<string | false | null | undefined>
) => string | undefined = joinClassNames;

/** A `data-*` flag: present (empty) when on, absent when off. */
export function dataFlag(on: boolean): '' | undefined {
  return on ? '' : undefined;
}

/**
 * The attributes every single-control widget puts on its control: id, name, ref, blur, ARIA
 * state (`aria-describedby`, `aria-invalid`, `aria-required`) and the `data-invalid` and
 * `data-disabled` flags. `extraDescribedBy` adds ids of the widget's own notes.
 */
export function widgetControlProps(
  props: WidgetProps,
  ...extraDescribedBy: Array<string | undefined>
) {
  const { id, name, ref, onBlur, describedBy, invalid, required, disabled } = props;
  return {
    id,
    name,
    ref,
    onBlur,
    disabled,
    'aria-describedby': describedByIds(describedBy, ...extraDescribedBy),
    'aria-invalid': invalid ? true : undefined,
    'aria-required': required ? true : undefined,
    'data-invalid': dataFlag(invalid),
    'data-disabled': dataFlag(disabled),
  } as const;
}
