'use client';
import {
  type FormField as ApiFormField,
  buildSettingsFormModel,
  type FormValues,
  visibleOptionsFor,
} from '@plugboard/core';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { FormField } from './FormField';

/** Props of `FormFieldHarness`. */
export interface FormFieldHarnessProps {
  /** The fields, as the API describes them. */
  formFields: ApiFormField[];
  /** Stored settings. @default {} */
  settings?: Record<string, unknown>;
  /** Widget overrides passed to every field. */
  widgets?: Partial<WidgetRegistry>;
}

/**
 * Fields without a save: a react-hook-form form over a generated model, rendering every field
 * through `FormField` and printing the values as JSON. For tests and stories of widgets.
 */
export function FormFieldHarness({ formFields, settings, widgets }: FormFieldHarnessProps) {
  // The model is built once: the harness shows one set of fields for its lifetime.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const model = useMemo(() => buildSettingsFormModel(formFields, settings ?? {}), []);
  const form = useForm<FormValues>({ defaultValues: model.defaultValues });
  const values = useWatch({ control: form.control }) as FormValues;
  return (
    <div data-plugboard="" data-slot="form-fields">
      {model.fields.map((field) => (
        <FormField
          key={field.id}
          field={field}
          control={form.control}
          options={visibleOptionsFor(field, values)}
          dependency={model.fields.find((candidate) => candidate.id === field.dependsOn)}
          widgets={widgets}
        />
      ))}
      <pre data-testid="form-values" hidden>
        {JSON.stringify(values)}
      </pre>
    </div>
  );
}
