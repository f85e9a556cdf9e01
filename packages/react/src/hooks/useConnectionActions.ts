'use client';
import {
  type Connection,
  type ConnectionAction,
  type ConnectionStatusDetails,
  connectionActionOptionsFromSession,
  getConnectionActions,
  getConnectionStatus,
  type SessionAllowAction,
} from '@plugboard/core';
import { useMemo } from 'react';
import { usePlugboard } from '../PlugboardContext';

export interface ConnectionActionsResult {
  /** Status id, label, tone and a sentence for the user. */
  status: ConnectionStatusDetails;
  /** The actions the connection's state and the session allow, in display order. */
  actions: ConnectionAction[];
  /** Whether one action is offered. */
  can: (action: ConnectionAction) => boolean;
}

export interface UseConnectionActionsOptions {
  /**
   * Narrows the session's `allow_actions` further (never widens it).
   * @default the session's settings
   */
  allowActions?: SessionAllowAction[] | undefined;
  /** Hide resource defaults even when the session shows them. */
  hideResourceSettings?: boolean | undefined;
}

/**
 * A connection's status and allowed actions, from core's one table, narrowed by the session's
 * `allow_actions` and `hide_resource_settings`.
 *
 * @example
 * const { status, can } = useConnectionActions(connection);
 * return can('authorize') ? <button>Authorize</button> : <span>{status.label}</span>;
 */
export function useConnectionActions(
  connection: Connection | undefined,
  options: UseConnectionActionsOptions = {},
): ConnectionActionsResult {
  const { client } = usePlugboard();
  const claims = client.sessionClaims;
  const { allowActions, hideResourceSettings } = options;
  return useMemo(() => {
    if (!connection) {
      return { status: getConnectionStatus({} as Connection), actions: [], can: () => false };
    }
    const session = connectionActionOptionsFromSession(claims);
    const sessionAllowed = session.allowActions;
    const narrowed =
      allowActions === undefined
        ? sessionAllowed
        : allowActions.filter(
            (action) => sessionAllowed == null || sessionAllowed.includes(action),
          );
    const actions = getConnectionActions(connection, {
      allowActions: narrowed,
      hideResourceSettings: Boolean(session.hideResourceSettings || hideResourceSettings),
    });
    return {
      status: getConnectionStatus(connection),
      actions,
      can: (action) => actions.includes(action),
    };
  }, [connection, claims, allowActions, hideResourceSettings]);
}
