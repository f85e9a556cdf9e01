'use client';
import { humanizeFieldId } from '@plugboard/core';
import { useFormChanges } from '@plugboard/react/internal';
import { get } from 'react-hook-form';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { CreatableSelect } from './CreatableSelect';
import { NativeSelect } from './NativeSelect';
import type { WidgetProps } from './widgetRegistry';
import { textOf } from './widgetValues';

/**
 * A select whose options follow another field (`dependsOn`): `options` are the group that
 * field's value picks. Until that field has a value the select is disabled and says which field
 * to fill in first; a choice left behind by a change of the dependency is cleared by the form.
 */
export function FilteredSelectWidget(props: WidgetProps) {
  const { id, field, control, dependency, options, disabled } = props;
  const { messages } = useMessages();
  const dependsOn = field.dependsOn;
  // Re-rendered when the dependency changes (without one, when the field itself does).
  useFormChanges(control, dependsOn ?? field.id);
  const dependencyValue: unknown =
    dependsOn === undefined ? undefined : get(control._formValues, dependsOn);
  const filtered = dependsOn !== undefined && field.optionGroups.length > 0;
  const waiting = filtered && textOf(dependencyValue).trim() === '';
  const noOptions = filtered && !waiting && options.length === 0;
  const dependencyLabel = dependency?.label ?? (dependsOn ? humanizeFieldId(dependsOn) : '');
  const noteId = `${id}-dependency`;
  const note = waiting
    ? formatMessage(messages.form.dependencyMissing, { dependency: dependencyLabel })
    : noOptions
      ? formatMessage(messages.form.noOptionsForDependency, { dependency: dependencyLabel })
      : undefined;
  const selectProps = {
    ...props,
    disabled: disabled || waiting,
    extraDescribedBy: note ? noteId : undefined,
  };
  return (
    <>
      {field.allowCustomValues ? (
        <CreatableSelect {...selectProps} />
      ) : (
        <NativeSelect {...selectProps} grouped={!filtered} />
      )}
      {note && (
        <span
          id={noteId}
          data-slot="widget-dependency-note"
          data-state={waiting ? 'waiting' : 'empty'}
        >
          {note}
        </span>
      )}
    </>
  );
}
