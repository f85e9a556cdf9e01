'use client';
import {
  type FormFieldModel,
  type FormModel,
  type FormOption,
  type FormSchema,
  type FormValues,
  mapFieldErrorsToForm,
  PlugboardError,
  staleDependentFields,
  visibleOptionsFor,
} from '@plugboard/core';
import { type BaseSyntheticEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type Field,
  type FieldErrors,
  get,
  type Resolver,
  set,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { useFormChanges } from './useFormChanges';

export type GeneratedFormStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What a generated-form hook returns: react-hook-form's API plus what the UI needs to render. */
export interface GeneratedForm {
  /** react-hook-form's return value (`register`, `control`, `formState` …). */
  form: UseFormReturn<FormValues>;
  /** The generated model the form was built from. */
  model: FormModel;
  /** The fields to render, in order (hidden and deprecated ones left out; their values are kept). */
  fields: FormFieldModel[];
  /** The options a select shows right now (a filtered-select follows its dependency). */
  optionsFor: (field: FormFieldModel) => FormOption[];
  /** Validates and saves; pass it to `<form onSubmit>`. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  status: GeneratedFormStatus;
  /** The API error of the last failed save; the user's input is kept. */
  error: Error | null;
  /** Messages of the last failed save that name no visible field. */
  formErrors: string[];
}

/** A rule broken beyond the model's schema, shaped like a zod issue. */
export interface GeneratedFormIssue {
  /** The field's id, as the only path segment. */
  path: [string];
  message: string;
  /** @default 'custom' */
  code?: string;
}

/** Options of `useGeneratedForm`. */
export interface GeneratedFormOptions {
  /**
   * Rules the model's schema does not know; a field the schema already faults keeps the
   * schema's message.
   */
  validate?: ((values: FormValues) => GeneratedFormIssue[]) | undefined;
  /** After a successful save, start again from the model's default values. @default false */
  resetOnSave?: boolean | undefined;
}

/**
 * Validates with the schema `schemaOf` returns at the time, as `zodResolver` from
 * `@hookform/resolvers/zod` does, then with `validateOf`'s rules: the parsed values when all
 * pass, otherwise the first issue of each field as its error (`type` is the issue's code, `ref`
 * the field's element).
 */
function schemaResolver(
  schemaOf: () => FormSchema,
  validateOf: () => GeneratedFormOptions['validate'],
): Resolver<FormValues> {
  return async (values, _context, options) => {
    const result = await schemaOf().safeParseAsync(values);
    const issues = [...(result.error?.issues ?? []), ...(validateOf()?.(values) ?? [])];
    if (result.success && issues.length === 0) return { values: result.data, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    const named = new Set<string>();
    for (const issue of issues) {
      const name = issue.path.join('.');
      if (named.has(name)) continue;
      named.add(name);
      const field: Field['_f'] | undefined = get(options.fields, name);
      set(errors, name, {
        type: issue.code ?? 'custom',
        message: issue.message,
        ref: field?.refs ? field.refs[0] : field?.ref,
      });
    }
    return { values: {}, errors };
  };
}

/**
 * The machinery both generated forms share: the resolver, filtered-select dependencies, the save
 * and the mapping of API field errors onto fields. A newer model (fresh data) replaces the values
 * only while the user has not edited anything, and a failed save never loses what they typed.
 */
export function useGeneratedForm(
  model: FormModel,
  save: (values: FormValues) => Promise<unknown>,
  { validate, resetOnSave = false }: GeneratedFormOptions = {},
): GeneratedForm {
  const latest = useRef({ model, validate });
  latest.current = { model, validate };
  const [resolver] = useState(() =>
    schemaResolver(
      () => latest.current.model.schema,
      () => latest.current.validate,
    ),
  );
  const form = useForm<FormValues>({
    resolver,
    defaultValues: model.defaultValues,
    mode: 'onTouched',
  });

  useEffect(() => {
    if (!form.formState.isDirty) form.reset(model.defaultValues);
  }, [model, form]);
  const changes = useFormChanges(form.control);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again after every change.
  const values = useMemo(() => form.getValues(), [form, changes]);
  const [outcome, setOutcome] = useState<Pick<GeneratedForm, 'status' | 'error' | 'formErrors'>>({
    status: 'idle',
    error: null,
    formErrors: [],
  });

  // A filtered-select whose dependency changed loses a choice that is no longer offered.
  useEffect(() => {
    for (const id of staleDependentFields(model, values)) {
      form.setValue(id, '', { shouldDirty: true, shouldValidate: false });
    }
  }, [model, values, form]);

  const optionsFor = useCallback(
    (field: FormFieldModel) => visibleOptionsFor(field, values),
    [values],
  );

  const submit = useMemo(
    () =>
      form.handleSubmit(async (submitted) => {
        setOutcome({ status: 'saving', error: null, formErrors: [] });
        try {
          await save(submitted);
          form.reset(resetOnSave ? model.defaultValues : form.getValues());
          setOutcome((previous) => ({ ...previous, status: 'saved' }));
        } catch (failure) {
          const mapped = mapFieldErrorsToForm(
            model,
            failure instanceof PlugboardError ? failure.fieldErrors : undefined,
          );
          for (const [id, message] of Object.entries(mapped.fieldErrors)) {
            form.setError(id, { type: 'server', message }, { shouldFocus: true });
          }
          setOutcome({ status: 'error', error: failure as Error, formErrors: mapped.formErrors });
        }
      }),
    [form, model, save, resetOnSave],
  );

  return {
    form,
    model,
    fields: model.fields.filter((field) => field.visible),
    optionsFor,
    submit,
    ...outcome,
  };
}
