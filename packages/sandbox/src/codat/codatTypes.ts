/** Codat data-connection statuses. */
export type CodatConnectionStatus = 'PendingAuth' | 'Linked' | 'Unlinked' | 'Deauthorized';

/** Codat source types. */
export type CodatSourceType =
  | 'Accounting'
  | 'Banking'
  | 'BankFeed'
  | 'Commerce'
  | 'Expense'
  | 'Other'
  | 'Unknown';

/** An error Codat recorded on a data connection. */
export interface CodatDataConnectionError {
  statusCode?: string;
  statusText?: string;
  errorMessage?: string;
  erroredOnUtc?: string;
  status?: 'Active' | 'Resolved' | null;
  resolvedOnUtc?: string | null;
}

/** A company's data connection, as Codat serves it. */
export interface CodatConnection {
  id: string;
  integrationId: string;
  integrationKey: string;
  sourceId: string;
  sourceType: CodatSourceType;
  platformName: string;
  linkUrl: string;
  status: CodatConnectionStatus;
  lastSync: string | null;
  created: string;
  dataConnectionErrors?: CodatDataConnectionError[] | null;
  connectionInfo?: Record<string, unknown> | null;
}

/** A Codat company and its data connections. */
export interface CodatCompany {
  id: string;
  name: string;
  connections: CodatConnection[];
}

/** Codat's error body. `canBeRetried` is a string (`True`, `False`, `Unknown`). */
export interface CodatErrorMessage {
  statusCode: number;
  service: string;
  error: string;
  correlationId: string;
  validation: {
    errors: Array<{ itemId: string | null; message: string; validatorName: string | null }>;
    warnings: Array<{ itemId: string | null; message: string; validatorName: string | null }>;
  } | null;
  canBeRetried: string;
  detailedErrorCode: number;
}
