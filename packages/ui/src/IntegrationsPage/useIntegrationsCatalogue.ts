'use client';
import { type Connection, useConnections } from '@plugboard/react';
import { useDeferredValue, useMemo } from 'react';
import { unifiedApiName } from '../IntegrationCard/unifiedApiName';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import {
  type ConnectionFilters,
  filterConnections,
  hasActiveFilters,
  prepareConnections,
} from './filterConnections';

export interface IntegrationsCatalogue {
  /** The list query (for its error and `refetch`). */
  query: ReturnType<typeof useConnections>;
  /** What the page shows. */
  state: 'loading' | 'error' | 'empty' | 'ready';
  /** Every connection in scope, sorted for display. */
  ordered: readonly Connection[];
  /** Ids of those that match the filters. */
  visibleIds: ReadonlySet<string>;
  /** How many match. */
  visibleCount: number;
  /** The unified APIs to offer in the category filter. */
  apiOptions: string[];
  /** "48 integrations", or "3 of 48 integrations" while filtered. */
  countText: string;
}

/**
 * The page's data: the connections in scope (one unified API, several, or all), sorted for
 * display, and those the filters keep. Filtering follows a deferred copy of the filters, so the
 * search field stays responsive on large catalogues.
 */
export function useIntegrationsCatalogue(
  api: string | undefined,
  unifiedApis: readonly string[] | undefined,
  filters: ConnectionFilters,
): IntegrationsCatalogue {
  const { messages, locale } = useMessages();
  const page = messages.page;
  const query = useConnections(api ? { api } : {});
  const deferredFilters = useDeferredValue(filters);

  const inScope = useMemo(() => {
    const all = query.data ?? [];
    return unifiedApis && !api ? all.filter((c) => unifiedApis.includes(c.unified_api)) : all;
  }, [query.data, unifiedApis, api]);
  const prepared = useMemo(() => prepareConnections(inScope, page), [inScope, page]);
  const ordered = useMemo(() => prepared.map((item) => item.connection), [prepared]);
  const visible = useMemo(
    () => filterConnections(prepared, deferredFilters),
    [prepared, deferredFilters],
  );
  const visibleIds = useMemo(() => new Set(visible.map((connection) => connection.id)), [visible]);
  const apiOptions = useMemo(() => {
    if (api) return [];
    const present = new Set(inScope.map((connection) => connection.unified_api));
    if (unifiedApis) return unifiedApis.filter((unifiedApi) => present.has(unifiedApi));
    return [...present].sort((a, b) =>
      unifiedApiName(a, page).localeCompare(unifiedApiName(b, page), locale),
    );
  }, [api, inScope, unifiedApis, page, locale]);

  const total = inScope.length;
  const countText = hasActiveFilters(deferredFilters)
    ? formatMessage(page.countFiltered, { count: visible.length, total })
    : formatMessage(
        new Intl.PluralRules(locale).select(total) === 'one' ? page.countOne : page.countOther,
        { count: total },
      );
  const state = query.isPending
    ? 'loading'
    : query.isError && !query.data
      ? 'error'
      : total === 0
        ? 'empty'
        : 'ready';

  return {
    query,
    state,
    ordered,
    visibleIds,
    visibleCount: visible.length,
    apiOptions,
    countText,
  };
}
