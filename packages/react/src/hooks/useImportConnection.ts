'use client';
import type { Connection } from '@plugboard/core';
import {
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { mergeMutationOptions } from '../mergeMutationOptions';
import {
  type ImportConnectionVariables,
  importConnectionMutationOptions,
} from '../mutations/importConnectionMutationOptions';
import { usePlugboard } from '../PlugboardContext';

/**
 * Imports a connection from credentials you already hold (access and refresh token).
 *
 * Every TanStack mutation option can be passed; lifecycle callbacks run after Plugboard's own.
 */
export function useImportConnection(
  options?: Partial<UseMutationOptions<Connection, Error, ImportConnectionVariables, unknown>>,
): UseMutationResult<Connection, Error, ImportConnectionVariables, unknown> {
  const { client, queryClient } = usePlugboard();
  return useMutation(
    mergeMutationOptions(importConnectionMutationOptions(client), options),
    queryClient,
  );
}
