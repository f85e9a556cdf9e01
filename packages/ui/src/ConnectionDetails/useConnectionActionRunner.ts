'use client';
import { displayName } from '@plugboard/core/internal';
import {
  authorizeTokenMutationOptions,
  type Connection,
  type ConnectionAction,
  connectionKeys,
  deleteConnectionMutationOptions,
  getConnectionStatus,
  type OAuthRedirectState,
  updateConnectionMutationOptions,
  usePlugboard,
  validateConnectionMutationOptions,
} from '@plugboard/react';
import { useOAuthFlow } from '@plugboard/react/internal';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import type { RunnableConnectionAction } from '../messages/pageMessages';
import { describeConnectionError } from './describeConnectionError';

export interface ConnectionActionCallbacks {
  onConnectionChange?: ((connection: Connection, action: ConnectionAction) => void) | undefined;
  onConnectionDelete?: ((connection: Connection) => void) | undefined;
}

export interface ConnectionActionRunner {
  /** Starts an action. OAuth actions open their popup synchronously: call it from the click. */
  run: (action: RunnableConnectionAction) => void;
  /** The action in progress, if any. */
  running: RunnableConnectionAction | undefined;
  /** The last failure of each action, worded for the user. */
  errors: Partial<Record<RunnableConnectionAction, string>>;
  /** The latest success (or progress) message, for a polite live region. */
  notice: string;
  /** Reports a saved form (settings, resource defaults, imported credentials). */
  reportSaved: (connection: Connection, action: ConnectionAction) => void;
}

/**
 * Runs the details dialog's actions through Plugboard's hooks and turns their outcomes into
 * messages: one inline error per action, and a success sentence for a live region. Every success
 * is reported through `onConnectionChange` / `onConnectionDelete`.
 */
export function useConnectionActionRunner(
  connection: Connection,
  callbacks: ConnectionActionCallbacks,
  redirectResult?: OAuthRedirectState,
): ConnectionActionRunner {
  const { messages } = useMessages();
  const page = messages.page;
  const { client, queryClient } = usePlugboard();
  const [busy, setBusy] = useState<RunnableConnectionAction | undefined>(undefined);
  const [errors, setErrors] = useState<ConnectionActionRunner['errors']>({});
  const [notice, setNotice] = useState('');
  const oauthAction = useRef<'authorize' | 'reauthorize'>('authorize');
  const latest = useRef({ connection, callbacks, page });
  latest.current = { connection, callbacks, page };

  const ref = { unifiedApi: connection.unified_api, serviceId: connection.service_id };

  const succeed = useCallback(
    (
      action: RunnableConnectionAction,
      changed: Connection,
      values: Record<string, string> = {},
    ) => {
      const { page: text, callbacks: current } = latest.current;
      setNotice(
        formatMessage(text.actionSucceeded[action], { name: displayName(changed), ...values }),
      );
      if (action === 'delete') current.onConnectionDelete?.(changed);
      else current.onConnectionChange?.(changed, action);
    },
    [],
  );

  const fail = useCallback((action: RunnableConnectionAction, error: unknown) => {
    const { page: text } = latest.current;
    setNotice('');
    setErrors((previous) => ({
      ...previous,
      [action]: formatMessage(text.actionFailed, {
        action: text.actionLabels[action],
        reason: describeConnectionError(error, text),
      }),
    }));
  }, []);

  const cachedConnection = useCallback((): Connection => {
    const current = latest.current.connection;
    const key = connectionKeys.detail({
      unifiedApi: current.unified_api,
      serviceId: current.service_id,
    });
    return queryClient.getQueryData<Connection>(key) ?? current;
  }, [queryClient]);

  const oauthCallbacks = {
    onSuccess: () => succeed(oauthAction.current, cachedConnection()),
    onError: (error: Error) => fail(oauthAction.current, error),
  };
  const authorize = useOAuthFlow('authorize', connection, oauthCallbacks);
  const revoke = useOAuthFlow('revoke', connection, {
    onSuccess: () => succeed('disconnect', cachedConnection()),
    onError: (error: Error) => fail('disconnect', error),
  });
  const update = useMutation(updateConnectionMutationOptions(client), queryClient);
  const remove = useMutation(deleteConnectionMutationOptions(client), queryClient);
  const token = useMutation(authorizeTokenMutationOptions(client), queryClient);
  const validate = useMutation(validateConnectionMutationOptions(client), queryClient);

  // A full-page OAuth redirect came back to this connection: show how it ended.
  const redirectStatus = redirectResult?.status;
  useEffect(() => {
    if (!redirectResult || redirectStatus === 'none' || redirectStatus === undefined) return;
    const action = redirectResult.kind === 'revoke' ? 'disconnect' : 'authorize';
    if (redirectStatus === 'confirming') setNotice(latest.current.page.oauthConfirming);
    else if (redirectStatus === 'success') succeed(action, cachedConnection());
    else if (redirectStatus === 'error') fail(action, redirectResult.error);
  }, [redirectResult, redirectStatus, succeed, fail, cachedConnection]);

  const oauthRunning =
    authorize.status === 'pending' || authorize.status === 'confirming'
      ? oauthAction.current
      : revoke.status === 'pending' || revoke.status === 'confirming'
        ? 'disconnect'
        : undefined;
  const running = busy ?? oauthRunning;

  const oauthStatus = authorize.status === 'idle' ? revoke.status : authorize.status;
  const previousOAuthStatus = useRef(oauthStatus);
  useEffect(() => {
    const { oauthWaiting, oauthConfirming } = latest.current.page;
    const previous = previousOAuthStatus.current;
    previousOAuthStatus.current = oauthStatus;
    if (oauthStatus === 'pending') setNotice(oauthWaiting);
    else if (oauthStatus === 'confirming') setNotice(oauthConfirming);
    // The popup was closed without an answer: the hint no longer applies.
    else if (oauthStatus === 'idle' && previous !== 'idle') setNotice('');
  }, [oauthStatus]);

  const run = (action: RunnableConnectionAction) => {
    if (running) return;
    setErrors(({ [action]: _cleared, ...rest }) => rest);
    setNotice('');
    if (action === 'authorize' || action === 'reauthorize') {
      oauthAction.current = action;
      authorize.start();
      return;
    }
    if (action === 'disconnect') {
      revoke.start();
      return;
    }
    setBusy(action);
    const handlers = {
      onSettled: () => setBusy(undefined),
      onSuccess: (changed: Connection) => succeed(action, changed),
      onError: (error: Error) => fail(action, error),
    };
    if (action === 'authorizeToken') {
      token.mutate(ref, handlers);
    } else if (action === 'validate') {
      validate.mutate(ref, {
        ...handlers,
        onSuccess: (validation) => {
          const changed = { ...connection, state: validation.state ?? connection.state };
          const status = getConnectionStatus(changed).status;
          succeed(action, changed, { status: latest.current.page.statusLabels[status] });
        },
      });
    } else if (action === 'delete') {
      const deleted = connection;
      remove.mutate(ref, { ...handlers, onSuccess: () => succeed(action, deleted) });
    } else {
      // add, enable, disable
      update.mutate({ ...ref, connection: { enabled: action !== 'disable' } }, handlers);
    }
  };

  // The forms announce their own "Saved"; here the change is only reported.
  const reportSaved = useCallback((changed: Connection, action: ConnectionAction) => {
    latest.current.callbacks.onConnectionChange?.(changed, action);
  }, []);

  return { run, running, errors, notice, reportSaved };
}
