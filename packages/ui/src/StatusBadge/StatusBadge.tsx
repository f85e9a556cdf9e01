'use client';
import {
  CONNECTION_STATUS_RULES,
  type ConnectionStatus,
  type ConnectionStatusTone,
} from '@plugboard/react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { useMessages } from '../messages/PlugboardMessages';

const TONES = new Map<string, ConnectionStatusTone>(
  CONNECTION_STATUS_RULES.map((rule) => [rule.status, rule.tone]),
);

/** The tone core gives a status id; `neutral` for an id it does not know. */
export function statusTone(status: string): ConnectionStatusTone {
  return TONES.get(status) ?? 'neutral';
}

/** Whether `status` is one of the ids the status table knows (or `unknown`). */
function isKnownStatus(status: string): status is ConnectionStatus {
  return status === 'unknown' || TONES.has(status);
}

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /**
   * The status id from `getConnectionStatus(connection).status`. Any other string shows as
   * "Unknown status" in the neutral tone, so a newer API value never breaks the badge.
   */
  status: ConnectionStatus | (string & {});
  /**
   * Text to show instead of the translated label for `status`.
   * @default the `statusLabels` message for `status`
   */
  label?: string;
  /** Extra class names for the badge. @default undefined */
  className?: string;
}

/**
 * A connection's status as a tone-coloured pill with the translated label. Renders
 * `data-slot="status-badge"`, `data-state` (the status id) and `data-tone`
 * (`success` | `warning` | `danger` | `info` | `neutral`).
 *
 * @example
 * <StatusBadge status={getConnectionStatus(connection).status} />
 */
export function StatusBadge({ status, label, className, ...rest }: StatusBadgeProps) {
  const { messages } = useMessages();
  const known = isKnownStatus(status) ? status : 'unknown';
  return (
    <span
      {...rest}
      data-slot="status-badge"
      data-state={known}
      data-tone={statusTone(known)}
      className={joinClassNames(className)}
    >
      <span data-slot="status-badge-dot" aria-hidden="true" />
      {label ?? messages.page.statusLabels[known]}
    </span>
  );
}
