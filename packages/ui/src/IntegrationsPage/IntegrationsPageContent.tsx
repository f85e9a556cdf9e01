'use client';
import { type Connection, type ConnectionRef, useOAuthRedirectResult } from '@plugboard/react';
import {
  type ComponentType,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { PlugboardRootContext } from '../ConnectionDetails/PlugboardRootContext';
import type { IntegrationCardProps } from '../IntegrationCard/IntegrationCard';
import { IntegrationsGrid } from '../IntegrationsGrid/IntegrationsGrid';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import { type ConnectionFilters, NO_FILTERS } from './filterConnections';
import type { IntegrationsPageProps } from './IntegrationsPage';
import {
  IntegrationsEmpty,
  IntegrationsError,
  IntegrationsLoading,
  IntegrationsNoResults,
} from './IntegrationsPageStates';
import { IntegrationsToolbar } from './IntegrationsToolbar';
import { useIntegrationsCatalogue } from './useIntegrationsCatalogue';

// The dialog carries the forms (react-hook-form, widgets): it loads on first use, and is fetched
// in the background once the grid is on screen, so opening a card does not wait for it.
const loadConnectionDetails = () => import('../ConnectionDetails/ConnectionDetails');
const ConnectionDetails = lazy(() =>
  loadConnectionDetails().then((module) => ({ default: module.ConnectionDetails })),
);

const refOf = (connection: Connection): ConnectionRef => ({
  unifiedApi: connection.unified_api,
  serviceId: connection.service_id,
});

const sameRef = (a: ConnectionRef, b: ConnectionRef | undefined) =>
  b !== undefined && a.unifiedApi === b.unifiedApi && a.serviceId === b.serviceId;

/** The page's own props, once a provider and messages are in place. */
export interface IntegrationsPageContentProps
  extends Pick<
    IntegrationsPageProps,
    | 'api'
    | 'unifiedApis'
    | 'title'
    | 'onConnectionChange'
    | 'onConnectionDelete'
    | 'initialServiceId'
    | 'allowActions'
    | 'widgets'
    | 'className'
  > {
  Card: ComponentType<IntegrationCardProps> | undefined;
  theme: 'light' | 'dark' | 'system';
}

/** The page itself: header, toolbar, grid or its states, and the details dialog. */
export function IntegrationsPageContent({
  api,
  unifiedApis,
  title,
  onConnectionChange,
  onConnectionDelete,
  initialServiceId,
  allowActions,
  Card,
  widgets,
  theme,
  className,
}: IntegrationsPageContentProps) {
  const { messages, locale, direction } = useMessages();
  const page = messages.page;
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const oauth = useOAuthRedirectResult();
  const [filters, setFilters] = useState<ConnectionFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ConnectionRef | undefined>(undefined);
  const { query, state, ordered, visibleIds, visibleCount, apiOptions, countText } =
    useIntegrationsCatalogue(api, unifiedApis, filters);

  // Once cards are on screen, fetch the dialog's code in the background.
  const hasCards = ordered.length > 0;
  useEffect(() => {
    if (hasCards) void loadConnectionDetails();
  }, [hasCards]);

  // Open the requested connection once the catalogue is in.
  const initialHandled = useRef(false);
  useEffect(() => {
    if (initialHandled.current || !initialServiceId || ordered.length === 0) return;
    initialHandled.current = true;
    const match = ordered.find((connection) => connection.service_id === initialServiceId);
    if (match) setSelected(refOf(match));
  }, [initialServiceId, ordered]);

  // Back from a full-page OAuth redirect: open that connection to show how it went.
  const oauthRef = oauth.connection;
  useEffect(() => {
    if (oauthRef) setSelected(oauthRef);
  }, [oauthRef]);

  const openConnection = useCallback(
    (connection: Connection) => setSelected(refOf(connection)),
    [],
  );
  const closeDetails = useCallback(() => setSelected(undefined), []);

  const selectedConnection = useMemo<Connection | undefined>(() => {
    if (!selected) return undefined;
    return (
      ordered.find((connection) => sameRef(refOf(connection), selected)) ?? {
        id: `${selected.unifiedApi}+${selected.serviceId}`,
        unified_api: selected.unifiedApi,
        service_id: selected.serviceId,
      }
    );
  }, [selected, ordered]);
  // Focus goes back to the card of the connection that was open (it may have moved in the
  // order, or been filtered out: then to the search field).
  const lastSelectedId = useRef<string | undefined>(undefined);
  const selectedId = selectedConnection?.id;
  useEffect(() => {
    if (selectedId) lastSelectedId.current = selectedId;
  }, [selectedId]);
  const returnFocusTo = useCallback(() => {
    const root = rootRef.current;
    const item = Array.from(
      root?.querySelectorAll<HTMLElement>('[data-slot="integrations-grid-item"]') ?? [],
    ).find((element) => element.dataset.connectionId === lastSelectedId.current);
    return (
      item?.querySelector<HTMLElement>('button, a[href], [tabindex]') ??
      root?.querySelector<HTMLElement>('[data-slot="search-input"]')
    );
  }, []);

  return (
    <section
      ref={rootRef}
      aria-labelledby={`${id}-title`}
      data-plugboard=""
      data-slot="integrations-page"
      data-state={state}
      data-theme={theme}
      dir={direction}
      lang={locale}
      className={joinClassNames(className)}
    >
      <header data-slot="integrations-header">
        <h2 id={`${id}-title`} data-slot="integrations-title">
          {title ?? page.title}
        </h2>
        {state === 'ready' ? (
          <p data-slot="integrations-count" role="status" dir="auto">
            {countText}
          </p>
        ) : null}
      </header>
      {oauth.status === 'error' && !oauth.connection && oauth.error ? (
        <p data-slot="integrations-alert" role="alert">
          {oauth.error.message}
        </p>
      ) : null}
      {state === 'ready' || state === 'loading' ? (
        <IntegrationsToolbar
          filters={filters}
          onFiltersChange={setFilters}
          unifiedApis={apiOptions}
          disabled={state === 'loading'}
        />
      ) : null}
      {state === 'loading' ? <IntegrationsLoading /> : null}
      {state === 'error' ? (
        <IntegrationsError
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {state === 'empty' ? <IntegrationsEmpty /> : null}
      {state === 'ready' && visibleCount === 0 ? (
        <IntegrationsNoResults
          onClearFilters={() => {
            setFilters(NO_FILTERS);
            // The button goes away with the notice; the search field is where to carry on.
            rootRef.current?.querySelector<HTMLElement>('[data-slot="search-input"]')?.focus();
          }}
        />
      ) : null}
      {state === 'ready' ? (
        <IntegrationsGrid
          connections={ordered}
          visibleIds={visibleIds}
          onOpen={openConnection}
          Card={Card}
          aria-labelledby={`${id}-title`}
        />
      ) : null}
      <PlugboardRootContext value={true}>
        {selectedConnection ? (
          <Suspense fallback={null}>
            <ConnectionDetails
              connection={selectedConnection}
              onClose={closeDetails}
              allowActions={allowActions}
              onConnectionChange={onConnectionChange}
              onConnectionDelete={onConnectionDelete}
              widgets={widgets}
              redirectResult={oauthRef && sameRef(oauthRef, selected) ? oauth : undefined}
              returnFocusTo={returnFocusTo}
              theme={theme}
            />
          </Suspense>
        ) : null}
      </PlugboardRootContext>
    </section>
  );
}
