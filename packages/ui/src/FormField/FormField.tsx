'use client';
import type { FormFieldModel, FormOption, FormValue, FormValues } from '@plugboard/core';
import { useFormChanges } from '@plugboard/react/internal';
import { useCallback, useId } from 'react';
import { type Control, type Field, get } from 'react-hook-form';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import { linkifiedText } from '../widgets/linkifiedText';
import { dataFlag, describedByIds } from '../widgets/widgetControlProps';
import { useWidgets, type WidgetRegistry } from '../widgets/widgetRegistry';
import {
  adornmentDirection,
  fieldLabelMode,
  hasAdornments,
  idSafe,
  widgetKindFor,
} from './fieldLayout';

/** Props of `FormField`. */
export interface FormFieldProps {
  /** The field to render (from `generated.fields`). Hidden and deprecated fields render nothing. */
  field: FormFieldModel;
  /** react-hook-form's control of the form (`generated.form.control`). */
  control: Control<FormValues>;
  /**
   * The options to offer. Pass `generated.optionsFor(field)` so a filtered-select follows its
   * dependency.
   * @default field.options
   */
  options?: FormOption[];
  /** For a `filtered-select`: the field it depends on, whose label its explanation names. */
  dependency?: FormFieldModel | undefined;
  /**
   * Widgets for this field, by kind, merged over those of the surrounding `WidgetsProvider`.
   * @default the registry in effect (`useWidgets()`)
   */
  widgets?: Partial<WidgetRegistry> | undefined;
  /** Added to the field's root element (`data-slot="form-field"`). */
  className?: string | undefined;
}

/**
 * One generated form field: its label (a required field's asterisk is hidden from screen
 * readers, which hear "required" from `aria-required`), description and hint, prefix and
 * suffix beside the input, the widget the registry maps its kind to, and its error. Everything
 * that explains the control is tied to it with `aria-describedby`; an error also sets
 * `aria-invalid`. Hidden and deprecated fields render nothing (their values stay in the form).
 *
 * @example
 * {generated.fields.map((field) => (
 *   <FormField key={field.id} field={field} control={generated.form.control} options={generated.optionsFor(field)} />
 * ))}
 */
export function FormField(props: FormFieldProps) {
  if (!props.field.visible || props.field.kind === 'hidden') return null;
  return <VisibleFormField {...props} />;
}

/**
 * A controlled binding of one value, as react-hook-form's `useController` gives without rules:
 * the value and its error (re-rendering for this field only), changes and blurs sent through the
 * form's own handler (so its validation mode applies), and a `ref` through which the form
 * focuses the widget's element.
 */
function useFieldBinding(control: Control<FormValues>, name: string) {
  useFormChanges(control, name);
  const value: FormValue = get(control._formValues, name);
  const { error } = control.getFieldState(name);
  // Registered on every render, as `useController` does, so the field is known before any
  // event; and again with each event, as a reset empties the registry.
  control.register(name);
  const onChange = useCallback(
    (next: FormValue) =>
      control.register(name).onChange({ target: { name, value: next }, type: 'change' }),
    [control, name],
  );
  const onBlur = useCallback(
    () =>
      control
        .register(name)
        .onBlur({ target: { name, value: get(control._formValues, name) }, type: 'blur' }),
    [control, name],
  );
  // A reset replaces the form's field registry: a new callback then attaches to the new entry.
  const fields = control._fields;
  const ref = useCallback(
    (element: HTMLInputElement | null) => {
      const registered: Field | undefined = get(fields, name);
      // The element itself would be written to by the form: it only gets what focusing needs.
      if (element && registered?._f) {
        registered._f.ref = {
          focus: () => element.focus?.(),
          select: () => element.select?.(),
          setCustomValidity: (message: string) => element.setCustomValidity?.(message),
          reportValidity: () => element.reportValidity?.(),
        } as unknown as Field['_f']['ref'];
      }
    },
    [fields, name],
  );
  return { value, error, onChange, onBlur, ref };
}

function VisibleFormField({
  field,
  control,
  options,
  dependency,
  widgets,
  className,
}: FormFieldProps) {
  const { messages } = useMessages();
  const registry = useWidgets(widgets);
  const base = `pb${idSafe(useId())}-${idSafe(field.id)}`;
  const ids = {
    label: `${base}-label`,
    description: `${base}-description`,
    hint: `${base}-hint`,
    prefix: `${base}-prefix`,
    suffix: `${base}-suffix`,
    required: `${base}-required`,
    error: `${base}-error`,
  };
  const binding = useFieldBinding(control, field.id);
  const invalid = Boolean(binding.error);
  const errorMessage = binding.error?.message || messages.form.validationInvalidType;
  const mode = fieldLabelMode(field);
  const adorned = hasAdornments(field);
  const required = field.required && !field.readOnly;
  const description = field.kind === 'info' ? undefined : field.description;
  const hint = field.kind === 'location' && field.hint ? messages.form.locationHint : field.hint;
  const describedBy = describedByIds(
    adorned && field.prefix !== undefined && ids.prefix,
    adorned && field.suffix !== undefined && ids.suffix,
    description !== undefined && ids.description,
    hint !== undefined && ids.hint,
    mode === 'group' && required && ids.required,
    invalid && ids.error,
  );
  const Widget = registry[widgetKindFor(field)] ?? registry.text;

  const widget = (
    <Widget
      field={field}
      control={control}
      name={field.id}
      value={binding.value}
      onChange={binding.onChange}
      onBlur={binding.onBlur}
      ref={binding.ref}
      id={base}
      labelId={ids.label}
      describedBy={describedBy}
      invalid={invalid}
      required={required}
      disabled={field.disabled}
      options={options ?? field.options}
      dependency={dependency}
    />
  );
  // The asterisk sits beside the label, not in it: label text stays the field's name exactly.
  const requiredMarker = required && (
    <span data-slot="field-required" aria-hidden="true">
      *
    </span>
  );
  const label = (
    <>
      {mode === 'group' ? (
        <span id={ids.label} data-slot="field-label">
          {field.label}
        </span>
      ) : (
        <label id={ids.label} htmlFor={base} data-slot="field-label">
          {field.label}
        </label>
      )}
      {requiredMarker}
    </>
  );
  const notes = (
    <>
      {description !== undefined && (
        <p id={ids.description} data-slot="field-description">
          {linkifiedText(description).nodes}
        </p>
      )}
      {hint !== undefined && (
        <p id={ids.hint} data-slot="field-hint">
          {hint}
        </p>
      )}
    </>
  );

  return (
    <div
      data-slot="form-field"
      data-field-id={field.id}
      data-kind={field.kind}
      data-invalid={dataFlag(invalid)}
      data-disabled={dataFlag(field.disabled)}
      data-required={dataFlag(required)}
      data-readonly={dataFlag(field.readOnly)}
      className={joinClassNames(className)}
    >
      {mode === 'inline' ? (
        <>
          <div data-slot="field-inline">
            {widget}
            {label}
          </div>
          {notes}
        </>
      ) : (
        <>
          <div data-slot="field-label-row">{label}</div>
          {notes}
          <div data-slot="field-control" data-adorned={dataFlag(adorned)}>
            {adorned && field.prefix !== undefined && (
              <span id={ids.prefix} data-slot="field-prefix">
                <bdi dir={adornmentDirection(field.prefix)}>{field.prefix}</bdi>
              </span>
            )}
            {widget}
            {adorned && field.suffix !== undefined && (
              <span id={ids.suffix} data-slot="field-suffix">
                <bdi dir={adornmentDirection(field.suffix)}>{field.suffix}</bdi>
              </span>
            )}
          </div>
        </>
      )}
      {mode === 'group' && required && (
        <span id={ids.required} hidden>
          {messages.form.required}
        </span>
      )}
      {invalid && (
        <p id={ids.error} data-slot="field-error">
          {errorMessage}
        </p>
      )}
    </div>
  );
}
