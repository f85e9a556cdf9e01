'use client';
import {
  type FormField as ApiFormField,
  buildSettingsFormModel,
  type Connection,
  type ConnectionImport,
  type FormValues,
} from '@plugboard/core';
import {
  type GeneratedForm,
  importConnectionMutationOptions,
  usePlugboard,
} from '@plugboard/react';
import { useGeneratedForm } from '@plugboard/react/internal';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
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
 * `importConnectionMutationOptions`. The tokens are cleared from the form after a successful
 * import, and the mutation is dropped from TanStack's cache as soon as it settles so they are not
 * kept in memory.
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
  const { client, queryClient } = usePlugboard();
  const { mutateAsync, reset } = useMutation(
    { ...importConnectionMutationOptions(client), gcTime: 0 },
    queryClient,
  );
  const onImportedRef = useLatestRef(onImported);
  const save = useCallback(
    async (values: FormValues) => {
      try {
        const imported = await mutateAsync({
          unifiedApi: connection.unified_api,
          serviceId: connection.service_id,
          data: { credentials: credentialsFrom(values) },
        });
        onImportedRef.current?.(imported);
      } catch (failure) {
        throw failure instanceof Error ? failure : new Error(String(failure));
      } finally {
        reset();
      }
    },
    [mutateAsync, reset, connection.unified_api, connection.service_id, onImportedRef],
  );
  const wholeSeconds = messages.form.validationWholeSeconds;
  return useGeneratedForm(model, save, {
    resetOnSave: true,
    validate: (values) =>
      isWholeSeconds(values.expires_in) ? [] : [{ path: ['expires_in'], message: wholeSeconds }],
  });
}
