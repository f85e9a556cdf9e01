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
  useWatch,
} from 'react-hook-form';

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

/**
 * Validates with the schema `schemaOf` returns at the time, as `zodResolver` from
 * `@hookform/resolvers/zod` does: the parsed values when they pass, otherwise the first issue of
 * each field as its error (`type` is the issue's code, `ref` the field's element).
 */
function schemaResolver(schemaOf: () => FormSchema): Resolver<FormValues> {
  return async (values, _context, options) => {
    const result = await schemaOf().safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    const named = new Set<string>();
    for (const issue of result.error.issues) {
      const name = issue.path.join('.');
      if (named.has(name)) continue;
      named.add(name);
      const field: Field['_f'] | undefined = get(options.fields, name);
      set(errors, name, {
        type: issue.code,
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
): GeneratedForm {
  const modelRef = useRef(model);
  modelRef.current = model;
  const [resolver] = useState(() => schemaResolver(() => modelRef.current.schema));
  const form = useForm<FormValues>({
    resolver,
    defaultValues: model.defaultValues,
    mode: 'onTouched',
  });

  useEffect(() => {
    if (!form.formState.isDirty) form.reset(model.defaultValues);
  }, [model, form]);
  const values = useWatch({ control: form.control }) as FormValues;
  const [status, setStatus] = useState<GeneratedFormStatus>('idle');
  const [error, setError] = useState<Error | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);

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
        setStatus('saving');
        setError(null);
        setFormErrors([]);
        try {
          await save(submitted);
          form.reset(form.getValues());
          setStatus('saved');
        } catch (failure) {
          const apiError = failure as Error;
          const mapped = mapFieldErrorsToForm(
            model,
            failure instanceof PlugboardError ? failure.fieldErrors : undefined,
          );
          for (const [id, message] of Object.entries(mapped.fieldErrors)) {
            form.setError(id, { type: 'server', message }, { shouldFocus: true });
          }
          setFormErrors(mapped.formErrors);
          setError(apiError);
          setStatus('error');
        }
      }),
    [form, model, save],
  );

  return {
    form,
    model,
    fields: model.fields.filter((field) => field.visible),
    optionsFor,
    submit,
    status,
    error,
    formErrors,
  };
}
