import type { Route } from '../http/route';
import { showOAuthPage, submitOAuthPage } from '../oauth/oauthRoutes';
import { authorizeConnectionToken } from './handlers/authorizeConnectionToken';
import { confirmConnection } from './handlers/confirmConnection';
import { createSession } from './handlers/createSession';
import { deleteConnection } from './handlers/deleteConnection';
import { getConnection } from './handlers/getConnection';
import { importConnection } from './handlers/importConnection';
import { listConnections } from './handlers/listConnections';
import { getResourceConfig, updateResourceConfig } from './handlers/resourceConfig';
import { updateConnection } from './handlers/updateConnection';
import { validateConnectionState } from './handlers/validateConnectionState';

const CONNECTION = '/vault/connections/{unified_api}/{service_id}';

/** Vault operations the sandbox serves, with the spec's operation ids. */
export const vaultRoutes: Route[] = [
  {
    method: 'GET',
    path: '/vault/connections',
    operationId: 'connectionsAll',
    api: 'vault',
    handle: listConnections,
  },
  {
    method: 'GET',
    path: CONNECTION,
    operationId: 'connectionsOne',
    api: 'vault',
    handle: getConnection,
  },
  {
    method: 'PATCH',
    path: CONNECTION,
    operationId: 'connectionsUpdate',
    api: 'vault',
    handle: updateConnection,
  },
  {
    method: 'DELETE',
    path: CONNECTION,
    operationId: 'connectionsDelete',
    api: 'vault',
    handle: deleteConnection,
  },
  {
    method: 'POST',
    path: `${CONNECTION}/import`,
    operationId: 'connectionsImport',
    api: 'vault',
    handle: importConnection,
  },
  {
    method: 'POST',
    path: `${CONNECTION}/token`,
    operationId: 'connectionsToken',
    api: 'vault',
    handle: authorizeConnectionToken,
  },
  {
    method: 'POST',
    path: `${CONNECTION}/validate`,
    operationId: 'validateConnectionState',
    api: 'vault',
    handle: validateConnectionState,
  },
  {
    method: 'POST',
    path: `${CONNECTION}/confirm`,
    operationId: 'connectionsConfirm',
    api: 'vault',
    handle: confirmConnection,
  },
  {
    method: 'GET',
    path: `${CONNECTION}/{resource}/config`,
    operationId: 'connectionSettingsAll',
    api: 'vault',
    handle: getResourceConfig,
  },
  {
    method: 'PATCH',
    path: `${CONNECTION}/{resource}/config`,
    operationId: 'connectionSettingsUpdate',
    api: 'vault',
    handle: updateResourceConfig,
  },
  {
    method: 'POST',
    path: '/vault/sessions',
    operationId: 'sessionsCreate',
    api: 'vault',
    handle: createSession,
  },
  {
    method: 'GET',
    path: '/vault/authorize/{service_id}/{application_id}',
    operationId: 'connectionsAuthorize',
    api: 'vault',
    handle: showOAuthPage('authorize'),
  },
  {
    method: 'POST',
    path: '/vault/authorize/{service_id}/{application_id}',
    operationId: 'connectionsAuthorize',
    api: 'vault',
    handle: submitOAuthPage('authorize'),
  },
  {
    method: 'GET',
    path: '/vault/revoke/{service_id}/{application_id}',
    operationId: 'connectionsRevoke',
    api: 'vault',
    handle: showOAuthPage('revoke'),
  },
  {
    method: 'POST',
    path: '/vault/revoke/{service_id}/{application_id}',
    operationId: 'connectionsRevoke',
    api: 'vault',
    handle: submitOAuthPage('revoke'),
  },
];
