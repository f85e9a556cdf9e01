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
import { openEnum } from './openEnum';

/** A resource default's value: scalars, or arrays of strings and numbers (mixed arrays too). */
export const ResourceDefaultValueSchema = FieldValueSchema;

/** One default of a configurable resource (`configuration[].defaults[]`). */
export const ResourceDefaultSchema = z.looseObject({
  id: z.string(),
  target: z.nullish(openEnum<KnownFormFieldTarget>()),
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
  id: z.nullish(z.string()),
  label: z.nullish(z.string()),
  description: z.nullish(z.string()),
  value: z.nullish(z.string()),
  key: z.nullish(z.string()),
  required: z.nullish(z.boolean()),
  custom_field: z.nullish(z.boolean()),
  consumer_id: z.nullish(z.string()),
  example: z.nullish(z.string()),
});
export type CustomMapping = z.infer<typeof CustomMappingSchema>;

/**
 * Data-scope permissions: `'*'` for everything, or resource → field path → `{read, write}`.
 * Kept loose, as the UI only shows it.
 */
export const DataScopesResourcesSchema = z.union([z.string(), z.looseObject({})]);

export const ConsentRecordSchema = z.looseObject({
  id: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
  granted: z.nullish(z.boolean()),
  resources: z.nullish(DataScopesResourcesSchema),
});
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

export const DataScopesSchema = z.looseObject({
  enabled: z.nullish(z.boolean()),
  updated_at: z.nullish(z.string()),
  resources: z.nullish(DataScopesResourcesSchema),
});
export type DataScopes = z.infer<typeof DataScopesSchema>;

export const WebhookSubscriptionSchema = z.looseObject({
  downstream_id: z.nullish(z.string()),
  unify_event_types: z.nullish(z.array(z.string())),
  downstream_event_types: z.nullish(z.array(z.string())),
  execute_url: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
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
  name: z.nullish(z.string()),
  tag_line: z.nullish(z.string()),
  state: z.nullish(openEnum<KnownConnectionState>()),
  integration_state: z.nullish(openEnum<KnownIntegrationState>()),
  auth_type: z.nullish(openEnum<KnownAuthType>()),
  oauth_grant_type: z.nullish(openEnum<KnownOAuthGrantType>()),
  status: z.nullish(openEnum<KnownConnectorStatus>()),
  enabled: z.nullish(z.boolean()),
  website: z.nullish(z.string()),
  icon: z.nullish(z.string()),
  logo: z.nullish(z.string()),
  authorize_url: z.nullish(z.string()),
  revoke_url: z.nullish(z.string()),
  settings: z.nullish(settingsRecord),
  metadata: z.nullish(settingsRecord),
  form_fields: z.nullish(z.array(FormFieldSchema)),
  configuration: z.nullish(z.array(ResourceConfigurationSchema)),
  configurable_resources: z.nullish(z.array(z.string())),
  resource_schema_support: z.nullish(z.array(z.string())),
  resource_settings_support: z.nullish(z.array(z.string())),
  validation_support: z.nullish(z.boolean()),
  schema_support: z.nullish(z.boolean()),
  settings_required_for_authorization: z.nullish(z.array(z.string())),
  subscriptions: z.nullish(z.array(WebhookSubscriptionSchema)),
  has_guide: z.nullish(z.boolean()),
  custom_mappings: z.nullish(z.array(CustomMappingSchema)),
  consent_state: z.nullish(openEnum<KnownConsentState>()),
  consents: z.nullish(z.array(ConsentRecordSchema)),
  latest_consent: z.nullish(ConsentRecordSchema),
  application_data_scopes: z.nullish(DataScopesSchema),
  health: z.nullish(openEnum<KnownConnectionHealth>()),
  credentials_expire_at: z.nullish(z.number()),
  last_refresh_failed_at: z.nullish(z.number()),
  last_downstream_error_at: z.nullish(z.number()),
  created_at: z.nullish(z.number()),
  updated_at: z.nullish(z.number()),
});
export type Connection = z.infer<typeof ConnectionSchema>;
