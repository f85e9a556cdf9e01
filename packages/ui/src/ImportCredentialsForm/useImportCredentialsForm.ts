'use client';
import {
  type FormField as ApiFormField,
  buildSettingsFormModel,
  type Connection,
  type ConnectionImport,
  type FormFieldModel,
  type FormValues,
  mapFieldErrorsToForm,
  PlugboardError,
} from '@plugboard/core';
import {
  type GeneratedForm,
  type GeneratedFormStatus,
  useImportConnection,
} from '@plugboard/react';
import { useMemo, useState } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { useLatestRef } from '../ConnectionSettingsForm/useLatestRef';
import { useFormErrorMessages } from '../FormField/useFormErrorMessages';
import type { FormMessages } from '../messages/formMessages';
import { useMessages } from '../messages/PlugboardMessages';

/** The import form's fields, described as the API describes form fields. */
function importFormFields(messages: FormMessages): ApiFormField[] {
  return [
    {
      id: 'access_token',
      type: 'password',
      label: messages.accessToken,
      required: true,
      sensitive: true,
    },
    { id: 'refresh_token', type: 'password', label: messages.refreshToken, sensitive: true },
    {
      id: 'expires_in',
      type: 'number',
      label: messages.expiresIn,
      suffix: messages.seconds,
      description: messages.expiresInDescription,
    },
    {
      id: 'issued_at',
      type: 'datetime',
      label: messages.issuedAt,
      description: messages.issuedAtDescription,
    },
  ];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
}

/** The `credentials` of `POST …/import`, leaving out what the user left empty. */
function credentialsFrom(values: FormValues): NonNullable<ConnectionImport['credentials']> {
  const credentials: NonNullable<ConnectionImport['credentials']> = {
    access_token: text(values.access_token),
  };
  const refreshToken = text(values.refresh_token);
  if (refreshToken !== '') credentials.refresh_token = refreshToken;
  const expiresIn = text(values.expires_in);
  if (expiresIn !== '') credentials.expires_in = Number(expiresIn);
  const issuedAt = text(values.issued_at);
  if (issuedAt !== '') credentials.issued_at = issuedAt;
  return credentials;
}

function isWholeSeconds(value: unknown): boolean {
  const seconds = text(value);
  return seconds === '' || (/^\d+$/.test(seconds) && Number.isSafeInteger(Number(seconds)));
}

/** Options of `useImportCredentialsForm`. */
export interface ImportCredentialsFormOptions {
  /** Called with the connection after the credentials were imported. */
  onImported?: ((connection: Connection) => void) | undefined;
}

/**
 * The import form as a generated form (the shape `SettingsFormView` renders): access token
 * (required), refresh token, lifetime in whole seconds and issue time, imported through
 * `useImportConnection`. The tokens are cleared from the form after a successful import, and the
 * mutation is dropped from TanStack's cache as soon as it settles so they are not kept in memory.
 */
export function useImportCredentialsForm(
  connection: Connection,
  { onImported }: ImportCredentialsFormOptions = {},
): GeneratedForm {
  const { messages } = useMessages();
  const validationMessages = useFormErrorMessages();
  const model = useMemo(
    () =>
      buildSettingsFormModel(importFormFields(messages.form), null, {
        messages: validationMessages,
      }),
    [messages.form, validationMessages],
  );
  const modelRef = useLatestRef(model);
  const wholeSecondsRef = useLatestRef(messages.form.validationWholeSeconds);
  const [resolver] = useState<Resolver<FormValues>>(() => async (values: FormValues) => {
    const errors: FieldErrors<FormValues> = {};
    const result = modelRef.current.schema.safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const id = String(issue.path[0] ?? '');
        if (id !== '' && errors[id] === undefined) {
          errors[id] = { type: 'validate', message: issue.message };
        }
      }
    }
    if (errors.expires_in === undefined && !isWholeSeconds(values.expires_in)) {
      errors.expires_in = { type: 'validate', message: wholeSecondsRef.current };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  });
  const form = useForm<FormValues>({
    resolver,
    defaultValues: model.defaultValues,
    mode: 'onTouched',
  });
  const importConnection = useImportConnection({ gcTime: 0 });
  const onImportedRef = useLatestRef(onImported);
  const [status, setStatus] = useState<GeneratedFormStatus>('idle');
  const [error, setError] = useState<Error | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { mutateAsync, reset } = importConnection;

  const submit = useMemo(
    () =>
      form.handleSubmit(async (values) => {
        setStatus('saving');
        setError(null);
        setFormErrors([]);
        try {
          const imported = await mutateAsync({
            unifiedApi: connection.unified_api,
            serviceId: connection.service_id,
            data: { credentials: credentialsFrom(values) },
          });
          form.reset(modelRef.current.defaultValues);
          setStatus('saved');
          onImportedRef.current?.(imported);
        } catch (failure) {
          const mapped = mapFieldErrorsToForm(
            modelRef.current,
            failure instanceof PlugboardError ? failure.fieldErrors : undefined,
          );
          for (const [id, message] of Object.entries(mapped.fieldErrors)) {
            form.setError(id, { type: 'server', message });
          }
          setFormErrors(mapped.formErrors);
          setError(failure instanceof Error ? failure : new Error(String(failure)));
          setStatus('error');
        } finally {
          reset();
        }
      }),
    [
      form,
      mutateAsync,
      reset,
      connection.unified_api,
      connection.service_id,
      modelRef,
      onImportedRef,
    ],
  );

  return {
    form,
    model,
    fields: model.fields,
    optionsFor: (field: FormFieldModel) => field.options,
    submit,
    status,
    error,
    formErrors,
  };
}
