'use client';
import { displayName } from '@plugboard/core/internal';
import { type Connection, getConnectionStatus } from '@plugboard/react';
import { memo, useId } from 'react';
import { ConnectionLogo } from '../ConnectionLogo/ConnectionLogo';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { unifiedApiName } from './unifiedApiName';

export interface IntegrationCardProps {
  /** The connection (or available integration) the card shows. */
  connection: Connection;
  /**
   * Called when the card is activated (click, Enter or Space), typically to open its details.
   * Keep it stable (`useCallback`): cards are memoised.
   * @default undefined
   */
  onOpen?: ((connection: Connection) => void) | undefined;
  /**
   * The card's tab stop. `IntegrationsGrid` sets `0` on one card and `-1` on the others (roving
   * tabindex); a custom card must put it on its focusable element.
   * @default 0
   */
  tabIndex?: number | undefined;
  /** Extra class names for the card. @default undefined */
  className?: string | undefined;
}

/**
 * One integration in the grid: logo, name, unified API, tag line and status badge. The whole card
 * is clickable through one button named "Open {name}" (its visible text is the name), described
 * by the status, category and tag line. Renders
 * `data-slot="integration-card"`, `data-state` (the status id) and `data-tone`.
 *
 * @example
 * <IntegrationCard connection={connection} onOpen={(c) => setSelected(c)} />
 */
export const IntegrationCard = memo(function IntegrationCard({
  connection,
  onOpen,
  tabIndex = 0,
  className,
}: IntegrationCardProps) {
  const { messages } = useMessages();
  const id = useId();
  const { status, tone } = getConnectionStatus(connection);
  const name = displayName(connection);
  const tagLine = connection.tag_line?.trim();
  const describedBy = [`${id}-status`, `${id}-api`, tagLine ? `${id}-tagline` : undefined]
    .filter(Boolean)
    .join(' ');

  // The button holds only the name (its accessible name is its visible text, with "Open" for
  // screen readers); CSS stretches its hit area over the whole card.
  const [openBefore = '', openAfter = ''] = messages.page.openConnection
    .split('{name}')
    .map((part) => part.trim());
  return (
    <div
      data-slot="integration-card"
      data-state={status}
      data-tone={tone}
      className={joinClassNames(className)}
    >
      <span data-slot="integration-card-header">
        <ConnectionLogo connection={connection} />
        <span data-slot="integration-card-titles">
          <button
            type="button"
            data-slot="integration-card-trigger"
            data-state={status}
            tabIndex={tabIndex}
            aria-describedby={describedBy}
            onClick={() => onOpen?.(connection)}
          >
            {openBefore && <span data-visually-hidden="">{openBefore}</span>}
            {openBefore && ' '}
            {/* Names and tag lines come from the API in any language: let each pick its direction. */}
            <span data-slot="integration-card-name" dir="auto">
              {name}
            </span>
            {openAfter && ' '}
            {openAfter && <span data-visually-hidden="">{openAfter}</span>}
          </button>
          <span data-slot="integration-card-api" id={`${id}-api`}>
            {unifiedApiName(connection.unified_api, messages.page)}
          </span>
        </span>
      </span>
      {tagLine ? (
        <span data-slot="integration-card-tagline" id={`${id}-tagline`} dir="auto">
          {tagLine}
        </span>
      ) : null}
      <span data-slot="integration-card-footer">
        <StatusBadge status={status} id={`${id}-status`} />
      </span>
    </div>
  );
});
