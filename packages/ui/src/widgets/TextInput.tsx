'use client';
import type { HTMLAttributes } from 'react';
import { widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/** Props of the single-line input the text-like widgets share. */
export interface TextInputProps extends WidgetProps {
  /** The input's `type`. @default 'text' */
  type?: string;
  /** The virtual keyboard to offer. */
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** @default 'off' (integration settings are not the user's personal data) */
  autoComplete?: string;
  /** Ids of notes the widget renders itself, added to `aria-describedby`. */
  extraDescribedBy?: string | undefined;
  /** Shown as typed: turn the browser's spelling checks off for codes, hosts and ids. @default false */
  spellCheck?: boolean;
  /** Turns what the user typed into the form's value. @default the text as typed */
  parse?: (text: string) => string;
  /** Turns the form's value into what the input shows. @default the value as text */
  format?: (value: WidgetProps['value']) => string;
}

/** The `<input>` behind text, email, tel, url, number, date, time and location widgets. */
export function TextInput(props: TextInputProps) {
  const {
    field,
    value,
    onChange,
    type = 'text',
    inputMode,
    autoComplete = 'off',
    extraDescribedBy,
    spellCheck = false,
    parse,
    format,
  } = props;
  return (
    <input
      {...widgetControlProps(props, extraDescribedBy)}
      data-slot="widget-input"
      data-kind={field.kind}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      placeholder={field.placeholder}
      readOnly={field.readOnly && !props.disabled ? true : undefined}
      value={format ? format(value) : textOf(value)}
      onChange={(event) => onChange(parse ? parse(event.target.value) : event.target.value)}
    />
  );
}
