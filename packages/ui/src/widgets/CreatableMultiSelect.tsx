'use client';
import { type KeyboardEvent, useRef, useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { optionKeyForText, optionLabelForKey, uniqueOptions } from './optionSegments';
import { dataFlag, describedByIds } from './widgetControlProps';
import { CrossIcon } from './widgetIcons';
import type { WidgetProps } from './widgetRegistry';
import { keysOf } from './widgetValues';

/**
 * Several values, options or typed ones: chips with a remove button each, then an input with
 * suggestions and an Add button. Enter adds what was typed (without submitting the form);
 * Backspace in the empty input removes the last chip; removing a chip returns focus to the input.
 */
export function CreatableMultiSelect(props: WidgetProps) {
  const { id, name, ref, field, value, onChange, onBlur, options, labelId } = props;
  const { describedBy, invalid, disabled } = props;
  const { messages } = useMessages();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const chosen = keysOf(value);
  const listId = `${id}-options`;
  const hintId = `${id}-custom-hint`;

  const add = () => {
    const key = optionKeyForText(options, draft);
    if (key === '') return;
    if (!chosen.includes(key)) onChange([...chosen, key]);
    setDraft('');
    input.current?.focus();
  };
  const remove = (key: string) => {
    onChange(chosen.filter((item) => item !== key));
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && chosen.length > 0) {
      event.preventDefault();
      remove(chosen[chosen.length - 1] as string);
    }
  };

  return (
    <fieldset
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      data-slot="widget-chips"
      data-invalid={dataFlag(invalid)}
      data-disabled={dataFlag(disabled)}
    >
      {chosen.length > 0 && (
        <ul data-slot="widget-chip-list">
          {chosen.map((key) => {
            const label = optionLabelForKey(options, key);
            return (
              <li key={key} data-slot="widget-chip">
                <span data-slot="widget-chip-label">{label}</span>
                <button
                  type="button"
                  data-slot="widget-chip-remove"
                  aria-label={formatMessage(messages.form.removeValue, { value: label })}
                  disabled={disabled}
                  onClick={() => remove(key)}
                >
                  <CrossIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div data-slot="widget-chip-entry">
        <input
          id={id}
          name={name}
          ref={(element) => {
            input.current = element;
            ref(element);
          }}
          data-slot="widget-input"
          data-kind={field.kind}
          data-creatable=""
          data-invalid={dataFlag(invalid)}
          type="text"
          list={listId}
          autoComplete="off"
          spellCheck={false}
          aria-label={formatMessage(messages.form.addValueLabel, { label: field.label })}
          aria-describedby={describedByIds(describedBy, hintId)}
          aria-invalid={invalid ? true : undefined}
          placeholder={field.placeholder}
          disabled={disabled}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <datalist id={listId}>
          {uniqueOptions(options)
            .filter((option) => !chosen.includes(option.key))
            .map((option) => (
              <option key={option.key} value={option.label} />
            ))}
        </datalist>
        <button
          type="button"
          data-slot="widget-chip-add"
          disabled={disabled || draft.trim() === ''}
          onClick={add}
        >
          {messages.form.addValue}
        </button>
      </div>
      <span id={hintId} data-slot="widget-custom-hint">
        {chosen.length === 0 ? `${messages.form.noValuesChosen} ` : ''}
        {messages.form.customValueHint}
      </span>
    </fieldset>
  );
}
