'use client';
import { useState } from 'react';
import { useMessages } from '../messages/PlugboardMessages';
import { optionKeyForText, optionLabelForKey, uniqueOptions } from './optionSegments';
import { widgetControlProps } from './widgetControlProps';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/** Props of the single-value select that accepts typed values. */
export interface CreatableSelectProps extends WidgetProps {
  /** Ids of notes the widget renders itself, added to `aria-describedby`. */
  extraDescribedBy?: string | undefined;
}

/**
 * A text input with a `<datalist>` of the options (a combobox): the user picks an option or
 * types a value of their own. A typed option label is stored as that option's key; while the
 * input has focus it shows exactly what was typed.
 */
export function CreatableSelect(props: CreatableSelectProps) {
  const { id, field, value, onChange, onBlur, options, extraDescribedBy } = props;
  const { messages } = useMessages();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const listId = `${id}-options`;
  const hintId = `${id}-custom-hint`;
  const shown = draft ?? optionLabelForKey(options, textOf(value));
  return (
    <>
      <input
        {...widgetControlProps(props, extraDescribedBy, hintId)}
        onBlur={() => {
          setDraft(undefined);
          onBlur();
        }}
        data-slot="widget-input"
        data-kind={field.kind}
        data-creatable=""
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        placeholder={field.placeholder}
        value={shown}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(optionKeyForText(options, event.target.value));
        }}
      />
      <datalist id={listId}>
        {uniqueOptions(options).map((option) => (
          <option key={option.key} value={option.label} />
        ))}
      </datalist>
      <span id={hintId} data-slot="widget-custom-hint">
        {messages.form.customValueHint}
      </span>
    </>
  );
}
