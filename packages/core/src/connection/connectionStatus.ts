import type { Connection } from '../schemas/connection';

/**
 * Where a connection stands, as one id per badge. `unknown` covers anything the rules do not
 * recognise (a state the API added later, or no state at all).
 */
export type ConnectionStatus =
  | 'pending_confirmation'
  | 'needs_configuration'
  | 'invalid'
  | 'not_connected'
  | 'disabled'
  | 'unauthorized'
  | 'input_required'
  | 'connected'
  | 'unknown';

/** The colour family a badge uses for a status; UIs map it onto their own palette. */
export type ConnectionStatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** What `getConnectionStatus` answers: the status id plus the words and tone to show it with. */
export interface ConnectionStatusDetails {
  status: ConnectionStatus;
  /** Short badge text, e.g. "Connected". */
  label: string;
  tone: ConnectionStatusTone;
  /** One sentence for an end user: what the status means and what to do next. */
  description: string;
}

/** One row of the status table: when it applies, and what it shows. */
export interface ConnectionStatusRule extends ConnectionStatusDetails {
  status: Exclude<ConnectionStatus, 'unknown'>;
  /** The condition in words, for docs and debugging. */
  when: string;
  /** Whether this row applies to the connection. */
  matches: (connection: Connection) => boolean;
}

/**
 * A row whose condition is one field of the connection holding one value: `when` says so in
 * words (`state is invalid`).
 */
function whenField<Field extends 'health' | 'integration_state' | 'state' | 'enabled'>(
  field: Field,
  value: NonNullable<Connection[Field]>,
  details: Omit<ConnectionStatusRule, 'when' | 'matches'>,
): ConnectionStatusRule {
  return {
    ...details,
    when: `${field} is ${value}`,
    matches: (connection) => connection[field] === value,
  };
}

/**
 * The status table Apideck's own UI uses, in order: the first row whose `matches` holds wins.
 * Shared so that custom UIs and docs show the same labels as Plugboard's components.
 */
export const CONNECTION_STATUS_RULES: readonly ConnectionStatusRule[] = [
  whenField('health', 'pending_confirmation', {
    status: 'pending_confirmation',
    label: 'Pending confirmation',
    tone: 'warning',
    description:
      'Access was granted but still has to be confirmed; finish the sign-in, or authorize again if it was interrupted.',
  }),
  whenField('integration_state', 'needs_configuration', {
    status: 'needs_configuration',
    label: 'Needs configuration',
    tone: 'warning',
    description:
      'This integration has not been set up by the application yet; ask its administrator to configure it before connecting.',
  }),
  whenField('state', 'invalid', {
    status: 'invalid',
    label: 'Invalid configuration',
    tone: 'danger',
    description:
      'The saved settings or credentials were rejected; check the settings and authorize again.',
  }),
  whenField('state', 'available', {
    status: 'not_connected',
    label: 'Not connected',
    tone: 'neutral',
    description: 'This integration is available but not added yet; add it to start connecting.',
  }),
  whenField('enabled', false, {
    status: 'disabled',
    label: 'Disabled',
    tone: 'neutral',
    description: 'This connection is switched off and cannot be used; enable it to use it again.',
  }),
  whenField('state', 'added', {
    status: 'unauthorized',
    label: 'Unauthorized',
    tone: 'warning',
    description:
      'This integration is added but has no access to your account yet; authorize it to finish connecting.',
  }),
  whenField('state', 'authorized', {
    status: 'input_required',
    label: 'Input required',
    tone: 'warning',
    description:
      'Access was granted but some required settings are still missing; fill them in to finish connecting.',
  }),
  whenField('state', 'callable', {
    status: 'connected',
    label: 'Connected',
    tone: 'success',
    description: 'This connection is set up and ready to use.',
  }),
];

/** What `getConnectionStatus` answers when no row of the table applies. */
export const UNKNOWN_CONNECTION_STATUS: ConnectionStatusDetails = {
  status: 'unknown',
  label: 'Unknown status',
  tone: 'neutral',
  description:
    'The status of this connection could not be determined; refresh the page, and contact support if it stays this way.',
};

/**
 * Reads a connection's status through {@link CONNECTION_STATUS_RULES}, first match wins. Never
 * throws: a state the table does not know, or no state at all, gives
 * {@link UNKNOWN_CONNECTION_STATUS}.
 *
 * @example
 * const { label, tone } = getConnectionStatus(connection); // "Connected", "success"
 */
export function getConnectionStatus(connection: Connection): ConnectionStatusDetails {
  const rule = CONNECTION_STATUS_RULES.find((candidate) => candidate.matches(connection));
  if (!rule) return { ...UNKNOWN_CONNECTION_STATUS };
  const { status, label, tone, description } = rule;
  return { status, label, tone, description };
}
