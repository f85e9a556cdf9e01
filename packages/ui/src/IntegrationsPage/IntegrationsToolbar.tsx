'use client';
import { useId } from 'react';
import { unifiedApiName } from '../IntegrationCard/unifiedApiName';
import { joinClassNames } from '../internal/joinClassNames';
import { pascalCase } from '../internal/pascalCase';
import { useMessages } from '../messages/PlugboardMessages';
import { type ConnectionFilters, STATUS_FILTERS, type StatusFilter } from './filterConnections';

function SearchIcon() {
  return (
    <svg
      data-slot="search-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
    >
      <circle cx="8.75" cy="8.75" r="5.75" />
      <path d="m13.25 13.25 4 4" />
    </svg>
  );
}

export interface IntegrationsToolbarProps {
  /** The current search and filters. */
  filters: ConnectionFilters;
  /** Called with the changed filters. */
  onFiltersChange: (filters: ConnectionFilters) => void;
  /**
   * The unified APIs to offer in the category filter; with fewer than two, the filter is hidden.
   * @default []
   */
  unifiedApis?: readonly string[];
  /** Whether the controls are usable (not while the first load runs). @default false */
  disabled?: boolean;
  /** Extra class names. @default undefined */
  className?: string;
}

/**
 * The page's search field (name, tag line, category; case- and accent-insensitive) and its
 * category and status filters, as native labelled controls. Renders
 * `data-slot="integrations-toolbar"`, `search` and `filter`.
 */
export function IntegrationsToolbar({
  filters,
  onFiltersChange,
  unifiedApis = [],
  disabled = false,
  className,
}: IntegrationsToolbarProps) {
  const { messages } = useMessages();
  const page = messages.page;
  const id = useId();
  const set = (change: Partial<ConnectionFilters>) => onFiltersChange({ ...filters, ...change });

  return (
    <div
      data-slot="integrations-toolbar"
      data-disabled={disabled ? '' : undefined}
      className={joinClassNames(className)}
    >
      <div data-slot="search" data-state={filters.search ? 'filled' : 'empty'}>
        <label htmlFor={`${id}-search`} data-visually-hidden="">
          {page.searchLabel}
        </label>
        <SearchIcon />
        <input
          id={`${id}-search`}
          data-slot="search-input"
          type="search"
          value={filters.search}
          placeholder={page.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          onChange={(event) => set({ search: event.target.value })}
        />
      </div>
      {unifiedApis.length > 1 ? (
        <div data-slot="filter" data-state={filters.unifiedApi ? 'active' : 'inactive'}>
          <label htmlFor={`${id}-api`}>{page.apiFilterLabel}</label>
          <select
            id={`${id}-api`}
            value={filters.unifiedApi}
            disabled={disabled}
            onChange={(event) => set({ unifiedApi: event.target.value })}
          >
            <option value="">{page.apiFilterAll}</option>
            {unifiedApis.map((unifiedApi) => (
              <option key={unifiedApi} value={unifiedApi}>
                {unifiedApiName(unifiedApi, page)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div data-slot="filter" data-state={filters.status === 'all' ? 'inactive' : 'active'}>
        <label htmlFor={`${id}-status`}>{page.statusFilterLabel}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          disabled={disabled}
          onChange={(event) => set({ status: event.target.value as StatusFilter })}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {page[`statusFilter${pascalCase(status)}`]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
