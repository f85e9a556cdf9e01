'use client';
import { Fragment } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { optionSegments, uniqueOptions } from './optionSegments';
import { widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/** Props of the native `<select>` behind the select widgets. */
export interface NativeSelectProps extends WidgetProps {
  /** Ids of notes the widget renders itself, added to `aria-describedby`. */
  extraDescribedBy?: string | undefined;
  /** Render option groups as `<optgroup>`s. @default true */
  grouped?: boolean;
}

/**
 * A native `<select>` with an empty first choice, `<optgroup>`s for option groups, and the
 * stored value kept visible (marked as no longer available) when it is not among the options.
 */
export function NativeSelect(props: NativeSelectProps) {
  const { field, value, onChange, options, extraDescribedBy, grouped = true } = props;
  const { messages } = useMessages();
  const current = textOf(value);
  const known = current === '' || options.some((option) => option.key === current);
  return (
    <select
      {...widgetControlProps(props, extraDescribedBy)}
      data-slot="widget-select"
      data-kind={field.kind}
      value={current}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{field.placeholder ?? messages.form.selectPlaceholder}</option>
      {!known && (
        <option value={current}>
          {formatMessage(messages.form.unavailableOption, { value: current })}
        </option>
      )}
      {optionSegments(field, uniqueOptions(options), grouped).map((segment) => {
        const items = segment.options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ));
        return segment.label === undefined ? (
          <Fragment key={segment.key}>{items}</Fragment>
        ) : (
          <optgroup key={segment.key} label={segment.label}>
            {items}
          </optgroup>
        );
      })}
    </select>
  );
}
