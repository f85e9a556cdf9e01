import {
  CONNECTION_STATUS_RULES,
  type ConnectionAction,
  type ConnectionStatus,
  UNKNOWN_CONNECTION_STATUS,
} from '@plugboard/react';

/** The actions the details dialog runs itself (the other three are forms). */
export type RunnableConnectionAction = Exclude<
  ConnectionAction,
  'import' | 'editSettings' | 'editResourceDefaults'
>;

/**
 * Strings of the page, grid, cards, status badges and the details dialog. Owned by the page part
 * of the package: add keys here (with all five languages) as components need them.
 *
 * Placeholders in braces (`{name}`, `{count}` …) are filled by `formatMessage`. The record-valued
 * keys (`statusLabels`, `actionLabels` …) are replaced whole by an override, so TypeScript asks for
 * every entry.
 */
export interface PageMessages {
  /** Page heading. */
  title: string;
  /** Announced while the catalogue loads. */
  loading: string;

  searchLabel: string;
  searchPlaceholder: string;
  apiFilterLabel: string;
  apiFilterAll: string;
  statusFilterLabel: string;
  statusFilterAll: string;
  statusFilterConnected: string;
  statusFilterAttention: string;
  statusFilterDisabled: string;
  statusFilterNotConnected: string;
  /** `{count}` integrations, for exactly one. */
  countOne: string;
  /** `{count}` integrations, any other number. */
  countOther: string;
  /** While a search or filter narrows the list: `{count}` of `{total}`. */
  countFiltered: string;

  emptyTitle: string;
  emptyDescription: string;
  noResultsTitle: string;
  noResultsDescription: string;
  clearFilters: string;
  errorTitle: string;
  retry: string;

  /** The card's accessible name: `{name}`. */
  openConnection: string;

  /** Badge text per status id. */
  statusLabels: Record<ConnectionStatus, string>;
  /** One sentence per status id: what it means and what to do next. */
  statusDescriptions: Record<ConnectionStatus, string>;
  /** Display names of unified APIs by id; unknown ids are shown humanised. */
  unifiedApiNames: Record<string, string>;

  close: string;
  website: string;
  guide: string;
  opensInNewTab: string;
  actionsLabel: string;
  /** Button text per action. */
  actionLabels: Record<ConnectionAction, string>;
  /** Button text while an action runs. */
  actionRunning: Record<RunnableConnectionAction, string>;
  /** Announced when an action succeeded: `{name}`, and `{status}` for validate. */
  actionSucceeded: Record<RunnableConnectionAction, string>;
  /** `{action}` failed: `{reason}`. */
  actionFailed: string;
  oauthWaiting: string;
  oauthConfirming: string;
  oauthDenied: string;
  errorNetwork: string;
  errorSessionExpired: string;
  errorServer: string;
  errorUnknown: string;
  /** An answer that was not JSON, or not the documented shape. */
  errorUnexpectedAnswer: string;
  /** The connection's fresh details could not be loaded; `{reason}` says why. */
  detailsLoadFailed: string;

  deleteConfirmTitle: string;
  deleteConfirmDescription: string;
  deleteConfirm: string;
  cancel: string;

  settingsTitle: string;
  resourceDefaultsTitle: string;
  importTitle: string;
  importToggle: string;
}

/** Core's English text of every status (`label` or `description`), `unknown` included. */
function coreStatusTexts(text: 'label' | 'description'): Record<ConnectionStatus, string> {
  const texts = Object.fromEntries(
    CONNECTION_STATUS_RULES.map((rule) => [rule.status, rule[text]]),
  );
  return { ...texts, unknown: UNKNOWN_CONNECTION_STATUS[text] } as Record<ConnectionStatus, string>;
}

/** English, the default and the fallback for any missing string. */
export const pageMessagesEn: PageMessages = {
  title: 'Integrations',
  loading: 'Loading integrations…',
  searchLabel: 'Search integrations',
  searchPlaceholder: 'Search by name, description or category',
  apiFilterLabel: 'Category',
  apiFilterAll: 'All categories',
  statusFilterLabel: 'Status',
  statusFilterAll: 'All statuses',
  statusFilterConnected: 'Connected',
  statusFilterAttention: 'Needs attention',
  statusFilterDisabled: 'Disabled',
  statusFilterNotConnected: 'Not connected',
  countOne: '{count} integration',
  countOther: '{count} integrations',
  countFiltered: '{count} of {total} integrations',
  emptyTitle: 'No integrations yet',
  emptyDescription:
    'There are no integrations available for your account. Check back later or contact your administrator.',
  noResultsTitle: 'No integrations match your search',
  noResultsDescription: 'Try another search term, or clear the filters to see every integration.',
  clearFilters: 'Clear filters',
  errorTitle: 'Integrations could not be loaded',
  retry: 'Retry',
  openConnection: 'Open {name}',
  // The English status texts are core's own (its status rules' labels and descriptions).
  statusLabels: coreStatusTexts('label'),
  statusDescriptions: coreStatusTexts('description'),
  unifiedApiNames: {
    accounting: 'Accounting',
    ats: 'Recruiting (ATS)',
    crm: 'CRM',
    ecommerce: 'E-commerce',
    'file-storage': 'File storage',
    hris: 'HR (HRIS)',
    'issue-tracking': 'Issue tracking',
    lead: 'Leads',
    pos: 'Point of sale',
    sms: 'SMS',
    'team-messaging': 'Team messaging',
  },
  close: 'Close',
  website: 'Website',
  guide: 'Connection guide',
  opensInNewTab: '(opens in a new tab)',
  actionsLabel: 'Actions',
  actionLabels: {
    add: 'Add integration',
    enable: 'Enable',
    authorize: 'Authorize',
    authorizeToken: 'Authorize',
    import: 'Import credentials',
    editSettings: 'Edit settings',
    editResourceDefaults: 'Edit resource defaults',
    validate: 'Test connection',
    disable: 'Disable',
    reauthorize: 'Re-authorize',
    disconnect: 'Disconnect',
    delete: 'Delete',
  },
  actionRunning: {
    add: 'Adding…',
    enable: 'Enabling…',
    authorize: 'Authorizing…',
    authorizeToken: 'Authorizing…',
    validate: 'Testing…',
    disable: 'Disabling…',
    reauthorize: 'Re-authorizing…',
    disconnect: 'Disconnecting…',
    delete: 'Deleting…',
  },
  actionSucceeded: {
    add: '{name} was added.',
    enable: '{name} is enabled again.',
    authorize: '{name} is authorized.',
    authorizeToken: '{name} is authorized.',
    validate: 'Test finished: {name} is now “{status}”.',
    disable: '{name} is disabled.',
    reauthorize: '{name} was authorized again.',
    disconnect: '{name} was disconnected.',
    delete: '{name} was deleted.',
  },
  actionFailed: '{action} failed: {reason}',
  oauthWaiting: 'Finish signing in in the window that opened.',
  oauthConfirming: 'Finishing authorization…',
  oauthDenied: 'Access was not granted at the provider ({reason}).',
  errorNetwork: 'Could not reach the service. Check your internet connection and try again.',
  errorSessionExpired: 'Your session expired. Reload the page to sign in again.',
  errorServer: 'The service ran into a problem ({reason}). Please try again in a moment.',
  errorUnknown: 'Something went wrong. Please try again.',
  errorUnexpectedAnswer:
    'The service sent an answer that could not be read. Please try again in a moment.',
  detailsLoadFailed: 'The latest details could not be loaded. {reason}',
  deleteConfirmTitle: 'Delete {name}?',
  deleteConfirmDescription: 'This removes its settings.',
  deleteConfirm: 'Delete',
  cancel: 'Cancel',
  settingsTitle: 'Settings',
  resourceDefaultsTitle: 'Defaults for {resource}',
  importTitle: 'Import credentials',
  importToggle: 'Import existing credentials',
};
