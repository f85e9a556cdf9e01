'use client';
import {
  type Connection,
  type ConnectionAction,
  type PlugboardClientConfig,
  PlugboardProvider,
  type SessionAllowAction,
  type VaultClient,
} from '@plugboard/react';
import type { ComponentType, ReactNode } from 'react';
import type { IntegrationCardProps } from '../IntegrationCard/IntegrationCard';
import {
  MessagesProvider,
  type PlugboardMessagesOverride,
  useMessages,
} from '../messages/PlugboardMessages';
import type { WidgetRegistry } from '../widgets/widgetRegistry';
import { IntegrationsPageContent } from './IntegrationsPageContent';

/** Parts of the page that can be replaced. */
export interface IntegrationsPageComponents {
  /** The card shown for each integration; it must put `tabIndex` on its focusable element. */
  Card?: ComponentType<IntegrationCardProps>;
}

export interface IntegrationsPageProps {
  /**
   * Show only this unified API (`crm`, `accounting` …); the list is fetched with `?api=`.
   * @default undefined (every unified API of the session)
   */
  api?: string;
  /**
   * Show only these unified APIs, in this order in the category filter.
   * @default undefined (every unified API of the session)
   */
  unifiedApis?: readonly string[];
  /** The page heading. @default the `title` message ("Integrations") */
  title?: string;
  /**
   * Called after every successful action or save in the details dialog, with the updated
   * connection and the action (`add`, `enable`, `disable`, `authorize`, `editSettings` …).
   * @default undefined
   */
  onConnectionChange?: (connection: Connection, action: ConnectionAction) => void;
  /** Called after a connection was deleted, with the connection as it was. @default undefined */
  onConnectionDelete?: (connection: Connection) => void;
  /** Opens the details of this connector (by `service_id`) once the list has loaded. @default undefined */
  initialServiceId?: string;
  /**
   * The language of the page (`de`, `fr-CA`, `ar` …); also sets `dir`. Without `locale` and
   * `messages`, the page uses the surrounding `MessagesProvider` (English by default).
   * @default the surrounding MessagesProvider's locale
   */
  locale?: string;
  /** Replaces any shipped string, e.g. `{ page: { title: 'Apps' } }`. @default undefined */
  messages?: PlugboardMessagesOverride;
  /**
   * Narrows the session's `allow_actions` (`delete`, `disconnect`, `reauthorize`, `disable`);
   * it never widens them.
   * @default the session's settings
   */
  allowActions?: SessionAllowAction[];
  /** Replacement parts. @default {} */
  components?: IntegrationsPageComponents;
  /** Widgets for the generated settings forms, by field kind. @default the built-in widgets */
  widgets?: Partial<WidgetRegistry>;
  /** Colour scheme; `system` follows `prefers-color-scheme`. @default 'system' */
  theme?: 'light' | 'dark' | 'system';
  /** Extra class names for the page's root. @default undefined */
  className?: string;
  /**
   * A ready Vault client. With `client`, `config` or `getSessionToken` the page renders its own
   * `PlugboardProvider`; without them it needs one above it.
   * @default undefined
   */
  client?: VaultClient;
  /** Client settings for the page's own provider. @default undefined */
  config?: PlugboardClientConfig;
  /** Fetches a session JWT from your backend, for the page's own provider. @default undefined */
  getSessionToken?: () => Promise<string>;
  /** Called when the page's own provider cannot renew the session. @default undefined */
  onSessionExpired?: (error: unknown) => void;
  /** OAuth return page for the page's own provider. @default this page */
  redirectUri?: string;
  /** Non-https origins trusted by the page's own provider (local sandboxes). @default [] */
  allowedOrigins?: string[];
}

/**
 * A complete integrations page: the catalogue as a searchable, filterable grid of cards
 * (connected and needs-attention first), and a details dialog for each connection with every
 * action the connection and the session allow. Handles loading, empty, no-results and error
 * states, resumes a full-page OAuth redirect, and follows the locale's language and direction.
 * Renders `data-plugboard`, `data-theme`, `dir` and `data-slot="integrations-page"`.
 *
 * @example
 * <IntegrationsPage getSessionToken={fetchVaultSession} onConnectionChange={track} />
 *
 * @example
 * <PlugboardProvider getSessionToken={fetchVaultSession}>
 *   <IntegrationsPage api="crm" locale="de" theme="dark" />
 * </PlugboardProvider>
 */
export function IntegrationsPage({
  locale,
  messages,
  components,
  theme = 'system',
  client,
  config,
  getSessionToken,
  onSessionExpired,
  redirectUri,
  allowedOrigins,
  ...content
}: IntegrationsPageProps) {
  const surroundingLocale = useMessages().locale;
  let page: ReactNode = (
    <IntegrationsPageContent {...content} Card={components?.Card} theme={theme} />
  );
  if (locale !== undefined || messages !== undefined) {
    page = (
      <MessagesProvider locale={locale ?? surroundingLocale} messages={messages}>
        {page}
      </MessagesProvider>
    );
  }
  const standalone = client !== undefined || config !== undefined || getSessionToken !== undefined;
  if (standalone) {
    page = (
      <PlugboardProvider
        client={client}
        config={config}
        getSessionToken={getSessionToken}
        onSessionExpired={onSessionExpired}
        redirectUri={redirectUri}
        allowedOrigins={allowedOrigins}
      >
        {page}
      </PlugboardProvider>
    );
  }
  return page;
}
