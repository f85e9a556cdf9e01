'use client';
import {
  buildResourceDefaultsFormModel,
  type Connection,
  type FormModelOptions,
  resourceDefaultsPayloadFromValues,
} from '@plugboard/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useResourceConfig } from '../hooks/useResourceConfig';
import { updateResourceConfigMutationOptions } from '../mutations/updateResourceConfigMutationOptions';
import { usePlugboard } from '../PlugboardContext';
import { type GeneratedForm, useGeneratedForm } from './useGeneratedForm';

export interface ResourceSettingsFormOptions extends FormModelOptions {
  /** Called with the connection after the defaults were saved. */
  onSaved?: (connection: Connection) => void;
}

export interface ResourceSettingsForm extends GeneratedForm {
  /** The resource's settings are still loading (the form shows the connection's defaults meanwhile). */
  isLoading: boolean;
  /** Loading the resource's settings failed; the form falls back to the connection's defaults. */
  loadError: Error | null;
}

/**
 * A react-hook-form form for one resource's defaults, loaded from `GET …/{resource}/config` (and
 * from the connection's `configuration[].defaults` until that answers), saved through
 * `PATCH …/{resource}/config`. API field errors land on their fields; input survives a failed save.
 *
 * @example
 * const { form, fields, submit, isLoading } = useResourceSettingsForm(connection, 'leads');
 */
export function useResourceSettingsForm(
  connection: Connection,
  resource: string,
  options: ResourceSettingsFormOptions = {},
): ResourceSettingsForm {
  const { client, queryClient } = usePlugboard();
  const config = useResourceConfig(connection.unified_api, connection.service_id, resource);
  const { messages, onSaved } = options;
  const model = useMemo(
    () =>
      config.data
        ? buildResourceDefaultsFormModel(config.data, { messages })
        : buildResourceDefaultsFormModel(connection, resource, { messages }),
    [config.data, connection, resource, messages],
  );
  const update = useMutation(updateResourceConfigMutationOptions(client), queryClient);
  const save = useCallback(
    async (values: Record<string, unknown>) => {
      const saved = await update.mutateAsync({
        unifiedApi: connection.unified_api,
        serviceId: connection.service_id,
        resource,
        defaults: resourceDefaultsPayloadFromValues(model, values),
      });
      onSaved?.(saved);
    },
    [update, connection.unified_api, connection.service_id, resource, model, onSaved],
  );
  return { ...useGeneratedForm(model, save), isLoading: config.isPending, loadError: config.error };
}
