import * as z from 'zod/mini';
import type {
  KnownAuthType,
  KnownConnectionHealth,
  KnownConnectionState,
  KnownConnectorStatus,
  KnownConsentState,
  KnownFormFieldTarget,
  KnownIntegrationState,
  KnownOAuthGrantType,
} from './enums';
import { FieldValueSchema, FormFieldOptionSchema, FormFieldSchema } from './formField';
import { nullishBoolean, nullishNumber, nullishString, nullishStrings } from './nullish';
import { nullishOpenEnum } from './openEnum';

/** A resource default's value: scalars, or arrays of strings and numbers (mixed arrays too). */
export const ResourceDefaultValueSchema = FieldValueSchema;

/** One default of a configurable resource (`configuration[].defaults[]`). */
export const ResourceDefaultSchema = z.looseObject({
  id: z.string(),
  target: nullishOpenEnum<KnownFormFieldTarget>(),
  options: z.nullish(z.array(FormFieldOptionSchema)),
  value: z.nullish(ResourceDefaultValueSchema),
});
export type ResourceDefault = z.infer<typeof ResourceDefaultSchema>;

/** The defaults of one configurable resource. */
export const ResourceConfigurationSchema = z.looseObject({
  resource: z.string(),
  defaults: z.nullish(z.array(ResourceDefaultSchema)),
});
export type ResourceConfiguration = z.infer<typeof ResourceConfigurationSchema>;

export const CustomMappingSchema = z.looseObject({
  id: nullishString,
  label: nullishString,
  description: nullishString,
  value: nullishString,
  key: nullishString,
  required: nullishBoolean,
  custom_field: nullishBoolean,
  consumer_id: nullishString,
  example: nullishString,
});
export type CustomMapping = z.infer<typeof CustomMappingSchema>;

/**
 * Data-scope permissions: `'*'` for everything, or resource → field path → `{read, write}`.
 * Kept loose, as the UI only shows it.
 */
export const DataScopesResourcesSchema = z.union([z.string(), z.looseObject({})]);

export const ConsentRecordSchema = z.looseObject({
  id: nullishString,
  created_at: nullishString,
  granted: nullishBoolean,
  resources: z.nullish(DataScopesResourcesSchema),
});
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

export const DataScopesSchema = z.looseObject({
  enabled: nullishBoolean,
  updated_at: nullishString,
  resources: z.nullish(DataScopesResourcesSchema),
});
export type DataScopes = z.infer<typeof DataScopesSchema>;

export const WebhookSubscriptionSchema = z.looseObject({
  downstream_id: nullishString,
  unify_event_types: nullishStrings,
  downstream_event_types: nullishStrings,
  execute_url: nullishString,
  created_at: nullishString,
});
export type WebhookSubscription = z.infer<typeof WebhookSubscriptionSchema>;

const settingsRecord = z.looseObject({});

/**
 * A Vault connection: a connector as one consumer sees it. `id`, `service_id` and `unified_api`
 * are required here although the spec marks nothing required: every real response carries them
 * and a connection without them cannot be addressed.
 */
export const ConnectionSchema = z.looseObject({
  id: z.string(),
  service_id: z.string(),
  unified_api: z.string(),
  name: nullishString,
  tag_line: nullishString,
  state: nullishOpenEnum<KnownConnectionState>(),
  integration_state: nullishOpenEnum<KnownIntegrationState>(),
  auth_type: nullishOpenEnum<KnownAuthType>(),
  oauth_grant_type: nullishOpenEnum<KnownOAuthGrantType>(),
  status: nullishOpenEnum<KnownConnectorStatus>(),
  enabled: nullishBoolean,
  website: nullishString,
  icon: nullishString,
  logo: nullishString,
  authorize_url: nullishString,
  revoke_url: nullishString,
  settings: z.nullish(settingsRecord),
  metadata: z.nullish(settingsRecord),
  form_fields: z.nullish(z.array(FormFieldSchema)),
  configuration: z.nullish(z.array(ResourceConfigurationSchema)),
  configurable_resources: nullishStrings,
  resource_schema_support: nullishStrings,
  resource_settings_support: nullishStrings,
  validation_support: nullishBoolean,
  schema_support: nullishBoolean,
  settings_required_for_authorization: nullishStrings,
  subscriptions: z.nullish(z.array(WebhookSubscriptionSchema)),
  has_guide: nullishBoolean,
  custom_mappings: z.nullish(z.array(CustomMappingSchema)),
  consent_state: nullishOpenEnum<KnownConsentState>(),
  consents: z.nullish(z.array(ConsentRecordSchema)),
  latest_consent: z.nullish(ConsentRecordSchema),
  application_data_scopes: z.nullish(DataScopesSchema),
  health: nullishOpenEnum<KnownConnectionHealth>(),
  credentials_expire_at: nullishNumber,
  last_refresh_failed_at: nullishNumber,
  last_downstream_error_at: nullishNumber,
  created_at: nullishNumber,
  updated_at: nullishNumber,
});
export type Connection = z.infer<typeof ConnectionSchema>;
