'use client';
import type { CodatConnectionsResult } from '@plugboard/react';
import { useEffect, useRef } from 'react';
import { CloseIcon } from '../internal/CloseIcon';
import { formatMessage } from '../messages/formatMessage';
import type { CodatLauncherMessages } from './codatLauncherMessages';

export interface CodatLauncherPanelProps {
  codat: CodatConnectionsResult;
  messages: CodatLauncherMessages;
  titleId: string;
  onClose: () => void;
}

/**
 * Inside the launcher's dialog: the title and Close, a polite status while the token and the SDK
 * load, the error with Codat's correlation id and Try again, and the element the SDK mounts into.
 */
export function CodatLauncherPanel({ codat, messages, titleId, onClose }: CodatLauncherPanelProps) {
  const { status, error } = codat;
  const retryRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const busyText =
    status === 'fetching-token'
      ? messages.fetchingToken
      : status === 'loading-sdk'
        ? messages.loadingSdk
        : undefined;
  const canRetry = error !== undefined && error.reason !== 'iframe' && error.reason !== 'container';

  // A failure puts focus on Try again (or Close); Try again itself disappears once pressed, so
  // focus then goes back to Close rather than being lost.
  useEffect(() => {
    if (error) {
      (retryRef.current ?? closeRef.current)?.focus();
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body) closeRef.current?.focus();
  }, [error]);

  return (
    <div data-slot="codat-launcher-content" data-state={status}>
      <header data-slot="codat-launcher-header">
        <h2 id={titleId} data-slot="codat-launcher-title">
          {messages.title}
        </h2>
        <button
          ref={closeRef}
          type="button"
          data-slot="codat-launcher-close"
          // The dialog focuses [data-autofocus] on open: Try again when it opens on an error.
          data-autofocus={canRetry ? undefined : ''}
          aria-label={messages.close}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <p data-slot="codat-launcher-status" data-state={busyText ? status : 'idle'} role="status">
        {busyText ? (
          <>
            <span data-slot="codat-launcher-spinner" aria-hidden="true" />
            {busyText}
          </>
        ) : null}
      </p>
      {error ? (
        <section data-slot="codat-launcher-error" data-state={error.reason}>
          <div role="alert">
            <h3 data-slot="codat-launcher-error-title">{messages.errorTitle}</h3>
            <p data-slot="codat-launcher-error-description">
              {messages.errorDescriptions[error.reason]}
            </p>
            {error.correlationId ? (
              <p data-slot="codat-launcher-correlation-id">
                {formatMessage(messages.correlationId, { id: error.correlationId })}
              </p>
            ) : null}
          </div>
          <details data-slot="codat-launcher-error-details">
            <summary>{messages.technicalDetails}</summary>
            <p dir="auto">{error.message}</p>
          </details>
          {canRetry ? (
            <button
              ref={retryRef}
              type="button"
              data-slot="codat-launcher-retry"
              data-autofocus=""
              onClick={codat.open}
            >
              {messages.retry}
            </button>
          ) : null}
        </section>
      ) : null}
      <div
        ref={codat.containerRef}
        data-slot="codat-launcher-sdk"
        data-state={status === 'open' ? 'mounted' : 'empty'}
        hidden={status !== 'open'}
      />
    </div>
  );
}
