// Messages and locales

export type { CodatConnectionsLauncherProps } from './CodatConnectionsLauncher/CodatConnectionsLauncher';
// Codat connections launcher
export { CodatConnectionsLauncher } from './CodatConnectionsLauncher/CodatConnectionsLauncher';
export type { ConnectionDetailsProps } from './ConnectionDetails/ConnectionDetails';

// The page and its parts
export { ConnectionDetails } from './ConnectionDetails/ConnectionDetails';
export { describeConnectionError } from './ConnectionDetails/describeConnectionError';
export type { ConnectionLogoProps } from './ConnectionLogo/ConnectionLogo';
export { ConnectionLogo } from './ConnectionLogo/ConnectionLogo';
export type { ConnectionSettingsFormProps } from './ConnectionSettingsForm/ConnectionSettingsForm';
// Generated forms and widgets
export { ConnectionSettingsForm } from './ConnectionSettingsForm/ConnectionSettingsForm';
export type { SettingsFormViewProps } from './ConnectionSettingsForm/SettingsFormView';
export { SettingsFormView } from './ConnectionSettingsForm/SettingsFormView';
export type { FormFieldProps } from './FormField/FormField';
export { FormField } from './FormField/FormField';
export type { ImportCredentialsFormProps } from './ImportCredentialsForm/ImportCredentialsForm';
export { ImportCredentialsForm } from './ImportCredentialsForm/ImportCredentialsForm';
export type { IntegrationCardProps } from './IntegrationCard/IntegrationCard';
export { IntegrationCard } from './IntegrationCard/IntegrationCard';
export type { IntegrationsGridProps } from './IntegrationsGrid/IntegrationsGrid';
export { IntegrationsGrid } from './IntegrationsGrid/IntegrationsGrid';
export type {
  IntegrationsPageComponents,
  IntegrationsPageProps,
} from './IntegrationsPage/IntegrationsPage';
export { IntegrationsPage } from './IntegrationsPage/IntegrationsPage';
export { formatMessage } from './messages/formatMessage';
export type { FormMessages } from './messages/formMessages';
export type { SupportedLocale } from './messages/locales';
export { isRightToLeft, SUPPORTED_LOCALES, supportedLocaleFor } from './messages/locales';
export type {
  MessagesProviderProps,
  PlugboardMessages,
  PlugboardMessagesOverride,
} from './messages/PlugboardMessages';
export {
  englishMessages,
  loadMessages,
  MessagesProvider,
  mergeMessages,
  useMessages,
} from './messages/PlugboardMessages';
export type { PageMessages, RunnableConnectionAction } from './messages/pageMessages';
export type { ResourceSettingsFormProps } from './ResourceSettingsForm/ResourceSettingsForm';
export { ResourceSettingsForm } from './ResourceSettingsForm/ResourceSettingsForm';
export type { StatusBadgeProps } from './StatusBadge/StatusBadge';
export { StatusBadge, statusTone } from './StatusBadge/StatusBadge';
export type {
  WidgetComponent,
  WidgetProps,
  WidgetRegistry,
  WidgetsProviderProps,
} from './widgets/widgetRegistry';
export { defaultWidgets, useWidgets, WidgetsProvider } from './widgets/widgetRegistry';
