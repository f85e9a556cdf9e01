'use client';
import type { FormOption } from '@plugboard/core';
import { Fragment } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { CreatableMultiSelect } from './CreatableMultiSelect';
import { optionSegments, uniqueOptions } from './optionSegments';
import { dataFlag } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { keysOf } from './widgetValues';

/**
 * Several choices: a group of checkboxes named by the field's label (nested, labelled groups for
 * option groups), or, when the field allows custom values, chips with remove buttons and an
 * input to add more. Stored values that are no longer options stay listed so they can be
 * unchecked.
 */
export function MultiSelectWidget(props: WidgetProps) {
  if (props.field.allowCustomValues) return <CreatableMultiSelect {...props} />;
  return <CheckboxGroup {...props} />;
}

function CheckboxGroup(props: WidgetProps) {
  const { id, name, ref, field, value, onChange, onBlur, options, labelId } = props;
  const { describedBy, invalid, disabled } = props;
  const { messages } = useMessages();
  const chosen = keysOf(value);
  const unavailable: FormOption[] = chosen
    .filter((key) => !options.some((option) => option.key === key))
    .map((key) => ({
      key,
      value: key,
      groupId: undefined,
      label: formatMessage(messages.form.unavailableOption, { value: key }),
    }));
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...chosen, key] : chosen.filter((item) => item !== key));
  let index = 0;
  const checkbox = (option: FormOption) => {
    const position = index++;
    const checked = chosen.includes(option.key);
    return (
      <label key={`${option.key}:${position}`} data-slot="widget-checkbox-option">
        <input
          id={position === 0 ? id : undefined}
          ref={position === 0 ? ref : undefined}
          data-slot="widget-checkbox"
          data-state={checked ? 'checked' : 'unchecked'}
          type="checkbox"
          name={name}
          value={option.key}
          checked={checked}
          disabled={disabled}
          onChange={(event) => toggle(option.key, event.target.checked)}
          onBlur={onBlur}
        />
        <span data-slot="widget-checkbox-label">{option.label}</span>
      </label>
    );
  };
  return (
    <fieldset
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      data-slot="widget-checkbox-group"
      data-invalid={dataFlag(invalid)}
      data-disabled={dataFlag(disabled)}
    >
      {optionSegments(field, uniqueOptions([...options, ...unavailable]), true).map((segment) =>
        segment.label === undefined ? (
          <Fragment key={segment.key}>{segment.options.map(checkbox)}</Fragment>
        ) : (
          <fieldset
            key={segment.key}
            aria-labelledby={`${id}-${segment.key.replace(/\W/g, '_')}`}
            data-slot="widget-option-group"
          >
            <span
              id={`${id}-${segment.key.replace(/\W/g, '_')}`}
              data-slot="widget-option-group-label"
            >
              {segment.label}
            </span>
            {segment.options.map(checkbox)}
          </fieldset>
        ),
      )}
    </fieldset>
  );
}
