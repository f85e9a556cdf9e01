'use client';
import type { Connection } from '@plugboard/core';
import { useConnection } from '@plugboard/react';
import type { ReactNode } from 'react';

/** Props of `SandboxConnection`. */
export interface SandboxConnectionProps {
  /** The connection's unified API (`crm`, `ecommerce` …). */
  unifiedApi: string;
  /** The connector's service id (`nimbus-crm`, `tillpoint` …). */
  serviceId: string;
  /** Renders the loaded connection. */
  children: (connection: Connection) => ReactNode;
}

/**
 * Loads one connection with `useConnection` and renders `children` with it: how the stories get
 * a connection from the sandbox the Storybook preview provides. Not part of the package's API.
 */
export function SandboxConnection({ unifiedApi, serviceId, children }: SandboxConnectionProps) {
  const { data: connection, error } = useConnection(unifiedApi, serviceId);
  if (error) return <p role="alert">{`Could not load ${serviceId}: ${error.message}`}</p>;
  if (!connection) return <p role="status">{`Loading ${serviceId}…`}</p>;
  return children(connection);
}
