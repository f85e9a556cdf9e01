'use client';
import {
  buildSettingsFormModel,
  type Connection,
  type FormModelOptions,
  settingsPayloadFromValues,
} from '@plugboard/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { updateConnectionMutationOptions } from '../mutations/updateConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';
import { type GeneratedForm, useGeneratedForm } from './useGeneratedForm';

export interface ConnectionSettingsFormOptions extends FormModelOptions {
  /** Called with the saved connection. */
  onSaved?: (connection: Connection) => void;
}

/**
 * A react-hook-form form generated from a connection's `form_fields`: validation from the
 * fields' types and flags, current settings as defaults, filtered-select dependencies, and a save
 * through `updateConnection` (optimistic, rolled back on failure). Field errors the API names
 * (400/422) land on their fields; the user's input is kept; stored secrets are never overwritten
 * by a mask or a blank.
 *
 * Newer connection data replaces the values only while the user has not edited anything.
 *
 * @example
 * const { form, fields, submit, status } = useConnectionSettingsForm(connection);
 * <form onSubmit={submit}>{fields.map((field) => <input key={field.id} {...form.register(field.id)} />)}</form>
 */
export function useConnectionSettingsForm(
  connection: Connection,
  options: ConnectionSettingsFormOptions = {},
): GeneratedForm {
  const { client, queryClient } = usePlugboard();
  const { messages } = options;
  const model = useMemo(
    () => buildSettingsFormModel(connection, undefined, { messages }),
    [connection, messages],
  );
  const update = useMutation(updateConnectionMutationOptions(client), queryClient);
  const { onSaved } = options;
  const save = useCallback(
    async (values: Record<string, unknown>) => {
      const saved = await update.mutateAsync({
        unifiedApi: connection.unified_api,
        serviceId: connection.service_id,
        connection: { settings: settingsPayloadFromValues(model, values) },
      });
      onSaved?.(saved);
    },
    [update, connection.unified_api, connection.service_id, model, onSaved],
  );
  return useGeneratedForm(model, save);
}
