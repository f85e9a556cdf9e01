'use client';
import {
  type Connection,
  type ConnectionAction,
  type OAuthRedirectState,
  type SessionAllowAction,
  safeUrl,
  useConnection,
  useConnectionActions,
  usePlugboard,
} from '@plugboard/react';
import { useEffect, useRef } from 'react';
import { ConnectionLogo } from '../ConnectionLogo/ConnectionLogo';
import { unifiedApiName } from '../IntegrationCard/unifiedApiName';
import { CloseIcon } from '../internal/CloseIcon';
import { formatMessage } from '../messages/formatMessage';
import { useMessages } from '../messages/PlugboardMessages';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { ConnectionActionBar } from './ConnectionActionBar';
import { ConnectionDetailsSections } from './ConnectionDetailsSections';
import { describeConnectionError } from './describeConnectionError';
import { useConnectionActionRunner } from './useConnectionActionRunner';

const GUIDE_BASE = 'https://developers.apideck.com/connectors/';

function guideUrl(serviceId: string): string | undefined {
  return safeUrl(`${GUIDE_BASE}${encodeURIComponent(serviceId)}/docs/consumer+connection`);
}

/** A link that opens in a new tab, and says so to assistive technology. */
function ExternalLink({
  href,
  label,
  opensInNewTab,
}: {
  href: string;
  label: string;
  opensInNewTab: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-slot="details-link">
      {label}
      <svg
        data-slot="external-link-icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M9.5 2.5h4v4M13.5 2.5 7 9M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3" />
      </svg>
      <span data-visually-hidden=""> {opensInNewTab}</span>
    </a>
  );
}

export interface ConnectionDetailsContentProps {
  connection: Connection;
  titleId: string;
  descriptionId: string;
  onClose: () => void;
  allowActions: SessionAllowAction[] | undefined;
  onConnectionChange: ((connection: Connection, action: ConnectionAction) => void) | undefined;
  onConnectionDelete: ((connection: Connection) => void) | undefined;
  widgets: Partial<WidgetRegistry> | undefined;
  redirectResult: OAuthRedirectState | undefined;
  theme: 'light' | 'dark' | 'system';
}

/** Everything inside the details dialog, for one connection kept fresh from the API. */
export function ConnectionDetailsContent({
  connection: given,
  titleId,
  descriptionId,
  onClose,
  allowActions,
  onConnectionChange,
  onConnectionDelete,
  widgets,
  redirectResult,
  theme,
}: ConnectionDetailsContentProps) {
  const { messages } = useMessages();
  const page = messages.page;
  const { client, allowedOrigins } = usePlugboard();
  // The list's copy shows at once; the detail query brings the freshest state and form fields.
  const detail = useConnection(given.unified_api, given.service_id, { placeholderData: given });
  const connection = detail.data ?? given;
  const { status, actions, can } = useConnectionActions(connection, { allowActions });
  const runner = useConnectionActionRunner(
    connection,
    { onConnectionChange, onConnectionDelete },
    redirectResult,
  );
  const contentRef = useRef<HTMLDivElement>(null);
  // While a deletion is on its way the list shows it done, but the forms keep the connection as
  // it was: should the deletion fail, what the user typed in them is still there.
  const formsConnection = useRef({ connection, can });
  if (runner.running !== 'delete') formsConnection.current = { connection, can };

  // An action can remove the button that had focus (Add becomes Disable, a deletion ends its
  // confirmation): keep focus inside the dialog, on its first action.
  useEffect(() => {
    const content = contentRef.current;
    if (!content || content.contains(document.activeElement)) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const next =
      content.querySelector<HTMLElement>('[data-slot="details-actions"] button') ??
      content.querySelector<HTMLElement>('[data-slot="details-close"]');
    next?.focus();
  });

  const name = connection.name?.trim() || connection.service_id;
  const tagLine = connection.tag_line?.trim();
  const website = safeUrl(connection.website, { allowedOrigins });
  const hideGuides = client.sessionClaims?.settings?.hide_guides === true;
  const guide = connection.has_guide && !hideGuides ? guideUrl(connection.service_id) : undefined;

  return (
    <div ref={contentRef} data-slot="connection-details-content" data-state={status.status}>
      <header data-slot="details-header">
        <ConnectionLogo connection={connection} />
        <div data-slot="details-heading">
          <h2 id={titleId} data-slot="details-title" dir="auto">
            {name}
          </h2>
          {tagLine ? (
            <p data-slot="details-tagline" dir="auto">
              {tagLine}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          data-slot="details-close"
          data-autofocus=""
          aria-label={page.close}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <div data-slot="details-body">
        <section data-slot="details-summary">
          <StatusBadge status={status.status} />
          <p id={descriptionId} data-slot="details-status-description">
            {page.statusDescriptions[status.status]}
          </p>
          <dl data-slot="details-facts">
            <div>
              <dt>{page.apiFilterLabel}</dt>
              <dd>{unifiedApiName(connection.unified_api, page)}</dd>
            </div>
            {website ? (
              <div>
                <dt>{page.website}</dt>
                <dd>
                  <ExternalLink
                    href={website}
                    label={new URL(website).host}
                    opensInNewTab={page.opensInNewTab}
                  />
                </dd>
              </div>
            ) : null}
            {guide ? (
              <div>
                <dt>{page.guide}</dt>
                <dd>
                  <ExternalLink
                    href={guide}
                    label={page.guide}
                    opensInNewTab={page.opensInNewTab}
                  />
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
        {detail.error && !detail.isFetching ? (
          <div data-slot="details-load-error" role="alert">
            <p>
              {formatMessage(page.detailsLoadFailed, {
                reason: describeConnectionError(detail.error, page),
              })}
            </p>
            <button
              type="button"
              data-slot="action-button"
              data-variant="secondary"
              onClick={() => detail.refetch()}
            >
              {page.retry}
            </button>
          </div>
        ) : null}
        <ConnectionActionBar actions={actions} runner={runner} name={name} />
        <p data-slot="details-announcer" role="status">
          {runner.notice}
        </p>
        <ConnectionDetailsSections
          connection={formsConnection.current.connection}
          can={formsConnection.current.can}
          widgets={widgets}
          theme={theme}
          onSaved={runner.reportSaved}
        />
      </div>
    </div>
  );
}
