import type { FieldValue } from './formField';

/** Values a setting can take when you write it. */
export type SettingValue = FieldValue | null;

/** The writable part of a connection (`PATCH /vault/connections/{unified_api}/{service_id}`). */
export interface ConnectionUpdate {
  enabled?: boolean;
  settings?: Record<string, unknown> | null;
  metadata?: Record<string, unknown> | null;
  configuration?: Array<{
    resource: string;
    defaults: Array<{ id: string; value?: FieldValue | null; options?: unknown[] }>;
  }>;
  custom_mappings?: Array<{ id?: string; value: string }>;
}

/** Body of `POST …/import` (`ConnectionImportData`). */
export interface ConnectionImport {
  credentials?: {
    access_token: string;
    refresh_token?: string | null;
    /** ISO 8601 date-time; omitted, the token is queued for refresh. */
    issued_at?: string | null;
    /** Seconds until the access token expires; omitted, the token is queued for refresh. */
    expires_in?: number | null;
  };
  settings?: Record<string, unknown> | null;
  metadata?: Record<string, unknown> | null;
}

/** One resource default to write through `PATCH …/{resource}/config`. */
export interface ResourceDefaultUpdate {
  id: string;
  value: FieldValue | null;
  target?: string;
}
