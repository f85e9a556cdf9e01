'use client';
import type { ReactNode } from 'react';
import { describeConnectionError } from '../ConnectionDetails/describeConnectionError';
import { useMessages } from '../messages/PlugboardMessages';

const SKELETON_CARDS = Array.from({ length: 8 }, (_, index) => index);
const SKELETON_SHAPES = ['logo', 'title', 'line', 'line-short', 'badge'];

/** Placeholder cards while the catalogue loads, with a polite "Loading integrations…" status. */
export function IntegrationsLoading() {
  const { messages } = useMessages();
  return (
    <div data-slot="integrations-loading">
      <p role="status" data-visually-hidden="">
        {messages.page.loading}
      </p>
      <ul data-slot="integrations-grid" data-state="loading" aria-hidden="true">
        {SKELETON_CARDS.map((index) => (
          <li key={index} data-slot="integrations-grid-item">
            <span data-slot="integration-card-skeleton">
              {SKELETON_SHAPES.map((shape) => (
                <span key={shape} data-slot="skeleton" data-shape={shape} />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface PageNoticeProps {
  kind: 'empty' | 'no-results' | 'error';
  title: string;
  description: string;
  role?: 'alert';
  children?: ReactNode;
}

function PageNotice({ kind, title, description, role, children }: PageNoticeProps) {
  return (
    <div data-slot="integrations-notice" data-state={kind} role={role}>
      <svg
        data-slot="integrations-notice-icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {kind === 'error' ? (
          <>
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7.5v5.5M12 16.25v.25" />
          </>
        ) : (
          <>
            <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
            <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" />
            <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" />
            <path d="M17 14v6M14 17h6" />
          </>
        )}
      </svg>
      <p data-slot="integrations-notice-title">{title}</p>
      <p data-slot="integrations-notice-description">{description}</p>
      {children}
    </div>
  );
}

/** No integrations at all for this consumer. */
export function IntegrationsEmpty() {
  const { messages } = useMessages();
  return (
    <PageNotice
      kind="empty"
      title={messages.page.emptyTitle}
      description={messages.page.emptyDescription}
    />
  );
}

/** Integrations exist, but none matches the search and filters. */
export function IntegrationsNoResults({ onClearFilters }: { onClearFilters: () => void }) {
  const { messages } = useMessages();
  return (
    <PageNotice
      kind="no-results"
      title={messages.page.noResultsTitle}
      description={messages.page.noResultsDescription}
    >
      <button
        type="button"
        data-slot="action-button"
        data-variant="secondary"
        onClick={onClearFilters}
      >
        {messages.page.clearFilters}
      </button>
    </PageNotice>
  );
}

/** The catalogue could not be loaded: the reason, and a Retry button. */
export function IntegrationsError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { messages } = useMessages();
  return (
    <PageNotice
      kind="error"
      role="alert"
      title={messages.page.errorTitle}
      description={describeConnectionError(error, messages.page)}
    >
      <button
        type="button"
        data-slot="action-button"
        data-variant="primary"
        aria-busy={retrying || undefined}
        aria-disabled={retrying || undefined}
        data-disabled={retrying ? '' : undefined}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {messages.page.retry}
      </button>
    </PageNotice>
  );
}
