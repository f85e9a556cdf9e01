import {
  type Connection,
  type ConnectionStatus,
  compareConnectionsForDisplay,
  getConnectionStatus,
} from '@plugboard/react';
import { unifiedApiName } from '../IntegrationCard/unifiedApiName';
import type { PageMessages } from '../messages/pageMessages';

/** The status filter's choices: every status, or one group of them. */
export type StatusFilter = 'all' | 'connected' | 'attention' | 'disabled' | 'not_connected';

export const STATUS_FILTERS: readonly StatusFilter[] = [
  'all',
  'connected',
  'attention',
  'disabled',
  'not_connected',
];

/** Lower case, accents stripped: "Émile" and "emile" match each other. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** A connection with what the filters need, computed once per list rather than per keystroke. */
export interface SearchableConnection {
  connection: Connection;
  /**
   * The status filter that keeps it: its status, except that every warning and danger status
   * (pending confirmation, invalid, input required …) needs attention.
   */
  statusFilter: ConnectionStatus | 'attention';
  searchText: string;
}

/** Sorts for display (connected and needs-attention first) and prepares the search text. */
export function prepareConnections(
  connections: readonly Connection[],
  messages: PageMessages,
): SearchableConnection[] {
  return [...connections].sort(compareConnectionsForDisplay).map((connection) => {
    const { status, tone } = getConnectionStatus(connection);
    return {
      connection,
      statusFilter: tone === 'warning' || tone === 'danger' ? 'attention' : status,
      searchText: normalizeSearchText(
        [
          connection.name ?? connection.service_id,
          connection.tag_line ?? '',
          connection.unified_api,
          unifiedApiName(connection.unified_api, messages),
        ].join('\n'),
      ),
    };
  });
}

export interface ConnectionFilters {
  search: string;
  unifiedApi: string;
  status: StatusFilter;
}

export const NO_FILTERS: ConnectionFilters = { search: '', unifiedApi: '', status: 'all' };

/** Whether any filter narrows the list. */
export function hasActiveFilters(filters: ConnectionFilters): boolean {
  return filters.search.trim() !== '' || filters.unifiedApi !== '' || filters.status !== 'all';
}

/** The connections that match every filter; every word of the search must appear. */
export function filterConnections(
  prepared: readonly SearchableConnection[],
  filters: ConnectionFilters,
): Connection[] {
  const words = normalizeSearchText(filters.search).split(/\s+/).filter(Boolean);
  const result: Connection[] = [];
  for (const item of prepared) {
    if (filters.unifiedApi && item.connection.unified_api !== filters.unifiedApi) continue;
    if (filters.status !== 'all' && item.statusFilter !== filters.status) continue;
    if (words.some((word) => !item.searchText.includes(word))) continue;
    result.push(item.connection);
  }
  return result;
}
