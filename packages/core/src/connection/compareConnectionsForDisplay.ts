import type { Connection } from '../schemas/connection';
import { type ConnectionStatus, getConnectionStatus } from './connectionStatus';

// Connected first, then what needs the user's attention (most urgent first), then the rest.
const DISPLAY_RANK: Record<ConnectionStatus, number> = {
  connected: 0,
  pending_confirmation: 1,
  invalid: 2,
  input_required: 3,
  unauthorized: 4,
  needs_configuration: 5,
  disabled: 6,
  not_connected: 7,
  unknown: 8,
};

// `accent` sensitivity: "salesforce" and "Salesforce" tie, "Zoho" and "Zöho" do not.
const nameCollator = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });

/** The name to show for a connection: its name, else its `service_id`. */
export function displayName(connection: Pick<Connection, 'name' | 'service_id'>): string {
  return connection.name?.trim() || connection.service_id;
}

/**
 * Orders connections for a list: connected first; then those that need attention (pending
 * confirmation, invalid, input required, unauthorized, needs configuration, in that order); then
 * disabled; then not connected; then unknown statuses. Ties sort by name, case-insensitive and
 * locale-aware (falling back to `service_id`), then by `service_id` and `unified_api` so the order
 * is stable.
 *
 * @example
 * const ordered = [...connections].sort(compareConnectionsForDisplay);
 */
export function compareConnectionsForDisplay(a: Connection, b: Connection): number {
  return (
    DISPLAY_RANK[getConnectionStatus(a).status] - DISPLAY_RANK[getConnectionStatus(b).status] ||
    nameCollator.compare(displayName(a), displayName(b)) ||
    nameCollator.compare(a.service_id, b.service_id) ||
    nameCollator.compare(a.unified_api, b.unified_api)
  );
}
