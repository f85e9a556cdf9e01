import type { SessionAllowAction } from '@plugboard/core';

/** Unified API ids the Vault spec (10.34) lists; newer ids are accepted as plain strings. */
export type KnownUnifiedApiId =
  | 'accounting'
  | 'ats'
  | 'calendar'
  | 'crm'
  | 'csp'
  | 'customer-support'
  | 'ecommerce'
  | 'email'
  | 'email-marketing'
  | 'expense-management'
  | 'file-storage'
  | 'form'
  | 'hris'
  | 'lead'
  | 'payroll'
  | 'pos'
  | 'procurement'
  | 'project-management'
  | 'script'
  | 'sms'
  | 'spreadsheet'
  | 'subscription-analytics'
  | 'team-messaging'
  | 'issue-tracking'
  | 'time-registration'
  | 'transactional-email'
  | 'vault'
  | 'data-warehouse';

/**
 * Who the consumer is, as Vault shows it in its sidebar (the spec's `ConsumerMetadata`).
 *
 * @example
 * { account_name: 'Acme Inc.', user_name: 'Ada Lovelace', email: 'ada@acme.example' }
 */
export interface ConsumerMetadata {
  /** The name of the account. */
  account_name?: string;
  /** The name of the user. */
  user_name?: string;
  /** The user's email address. */
  email?: string;
  /** The URL of the user's avatar. */
  image?: string;
}

/**
 * How the session's UI behaves (the spec's `Session.settings`). Every setting ends up in the
 * session JWT's `settings` claim, which `@plugboard/core` and `@plugboard/react` read.
 *
 * @example
 * { unified_apis: ['crm'], allow_actions: ['disconnect', 'reauthorize'], session_length: '30m' }
 */
export interface SessionSettings {
  /** The unified APIs to show. @default every unified API */
  unified_apis?: Array<KnownUnifiedApiId | (string & {})>;
  /** Hide the resource defaults of each integration. @default false */
  hide_resource_settings?: boolean;
  /** Show a banner saying the user is in a test environment. @default false */
  sandbox_mode?: boolean;
  /** Show only the connection settings, without navigation. @default false */
  isolation_mode?: boolean;
  /**
   * How long the session JWT is valid: a number and a unit (`s`, `m`, `h`, `d`, `w`), at most one
   * week, e.g. `30m`, `12h`, `7d`.
   * @default '1h'
   */
  session_length?: string;
  /** @default true */
  show_logs?: boolean;
  /** @default false */
  show_suggestions?: boolean;
  /** @default true */
  show_sidebar?: boolean;
  /** Redirect to `redirect_uri` once a connection is callable. @default false */
  auto_redirect?: boolean;
  /** Hide Apideck's connection guides. @default false */
  hide_guides?: boolean;
  /** The actions the UI may offer on a connection; `[]` hides them all. @default every action */
  allow_actions?: SessionAllowAction[];
}

/**
 * The look of the session's UI (the spec's `Session.theme`).
 *
 * @example
 * { vault_name: 'Acme integrations', primary_color: '#286efa', logo: 'https://acme.example/logo.svg' }
 */
export interface SessionTheme {
  favicon?: string;
  logo?: string;
  primary_color?: string;
  sidepanel_background_color?: string;
  sidepanel_text_color?: string;
  /** The name shown in the sidebar. */
  vault_name?: string;
  privacy_url?: string;
  terms_url?: string;
}

/**
 * The body of `POST /vault/sessions` (the spec's `Session`), with the API's snake_case names. The
 * Vault rejects properties it does not know with a 400 naming them.
 *
 * @example
 * const session: SessionBody = {
 *   consumer_metadata: { account_name: 'Acme Inc.', email: 'ada@acme.example' },
 *   redirect_uri: 'https://app.acme.example/settings/integrations',
 *   settings: { unified_apis: ['crm', 'accounting'], session_length: '1h', allow_actions: ['disconnect'] },
 *   theme: { vault_name: 'Acme integrations', primary_color: '#286efa' },
 * };
 */
export interface SessionBody {
  consumer_metadata?: ConsumerMetadata;
  /** Where the Vault sends the user after configuring a connection (and after OAuth). */
  redirect_uri?: string;
  settings?: SessionSettings;
  theme?: SessionTheme;
  /** Free-form settings carried in the session. */
  custom_consumer_settings?: Record<string, unknown>;
}
