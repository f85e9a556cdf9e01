import type { ConnectionSeed, SandboxConnector } from '../connectorTypes';
import {
  apiKeyField,
  clientIdField,
  clientSecretField,
  formField,
  option,
  optionGroup,
  passwordField,
  usernameField,
} from '../formFieldBuilders';

const currencies = [
  option('Euro', 'EUR'),
  option('US dollar', 'USD'),
  option('Pound sterling', 'GBP'),
];

/** Accounting connectors. */
export const accountingConnectors: SandboxConnector[] = [
  {
    serviceId: 'ledgerly',
    unifiedApi: 'accounting',
    name: 'Ledgerly',
    tagLine: 'Online bookkeeping for small businesses and their accountants.',
    website: 'https://ledgerly.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    schemaSupport: true,
    brandColor: '#0369a1',
    scopes: ['accounting.transactions', 'accounting.contacts', 'offline_access'],
    formFields: [
      formField('tenant_id', 'Organisation', 'select', {
        description: 'The Ledgerly organisation to sync with.',
        options: [option('Acme Inc', 'org-acme'), option('Acme Holdings', 'org-acme-holdings')],
      }),
    ],
    configurableResources: [
      {
        resource: 'invoices',
        fields: [
          formField('default_tax_rate', 'Default tax rate', 'select', {
            target: 'resource',
            options: [
              optionGroup('eu', 'European Union', [
                option('21% VAT', 'vat-21'),
                option('9% VAT', 'vat-9'),
              ]),
              optionGroup('us', 'United States', [
                option('No sales tax', 'none'),
                option('State sales tax', 'state'),
              ]),
            ],
          }),
          formField('default_account', 'Revenue account', 'select', {
            target: 'resource',
            allow_custom_values: true,
            options: [option('4000 Sales', '4000'), option('4100 Services', '4100')],
          }),
          formField('due_days', 'Payment terms (days)', 'number', {
            target: 'resource',
            default_value: 30,
          }),
        ],
      },
      {
        resource: 'bills',
        fields: [
          formField('expense_account', 'Expense account', 'select', {
            target: 'resource',
            options: [option('6000 Operating expenses', '6000'), option('6100 Software', '6100')],
          }),
        ],
      },
    ],
  },
  {
    serviceId: 'booksmith',
    unifiedApi: 'accounting',
    name: 'Booksmith',
    tagLine: 'Double-entry accounting with bank feeds and payroll.',
    website: 'https://booksmith.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#b45309',
    formFields: [
      formField('company_id', 'Company', 'select', {
        required: true,
        description: 'Pick the company file after authorizing.',
        options: [option('Acme Inc (main)', '9130350011'), option('Acme Labs', '9130350012')],
      }),
      formField('fiscal_year_start', 'Fiscal year starts', 'date', { placeholder: '2026-01-01' }),
      formField('default_currency', 'Default currency', 'select', {
        options: currencies,
        default_value: 'EUR',
      }),
    ],
  },
  {
    serviceId: 'tallybook',
    unifiedApi: 'accounting',
    name: 'Tallybook',
    tagLine: 'Simple invoicing and expenses for freelancers.',
    website: 'https://tallybook.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#dc2626',
    formFields: [
      apiKeyField(),
      formField('base_currency', 'Base currency', 'select', { options: currencies }),
    ],
  },
  {
    serviceId: 'countwise',
    unifiedApi: 'accounting',
    name: 'Countwise',
    tagLine: 'Accounting for multi-entity groups.',
    website: 'https://countwise.example',
    authType: 'oauth2',
    oauthGrantType: 'password',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#9333ea',
    formFields: [clientIdField(), clientSecretField(), usernameField('email'), passwordField()],
  },
  {
    serviceId: 'fiscalis',
    unifiedApi: 'accounting',
    name: 'Fiscalis',
    tagLine: 'Tax-ready ledgers for European SMEs.',
    website: 'https://fiscalis.example',
    authType: 'basic',
    integrationState: 'disabled',
    hasGuide: false,
    validationSupport: false,
    brandColor: '#475569',
    formFields: [
      usernameField(),
      passwordField(),
      formField('vat_number', 'VAT number', 'text', { placeholder: 'NL000000000B01' }),
    ],
  },
  {
    serviceId: 'auditry',
    unifiedApi: 'accounting',
    name: 'Auditry',
    tagLine: 'Continuous close and audit trails.',
    website: 'https://auditry.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#65a30d',
    scopes: ['ledger:read'],
    formFields: [],
  },
  {
    serviceId: 'summit-erp',
    unifiedApi: 'accounting',
    name: 'Summit ERP',
    tagLine: 'Cloud ERP for mid-market finance teams.',
    website: 'https://summit-erp.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#1e3a8a',
    settingsRequiredForAuthorization: ['account_id'],
    formFields: [
      formField('account_id', 'Account ID', 'text', {
        required: true,
        placeholder: '1234567_SB1',
        description: 'Setup → Company → Company information → Account ID.',
      }),
      formField('subsidiary', 'Subsidiary', 'text', { placeholder: 'Parent company' }),
    ],
  },
  {
    serviceId: 'clearbooks-cloud',
    unifiedApi: 'accounting',
    name: 'ClearBooks Cloud',
    tagLine: 'Bookkeeping with real-time bank reconciliation.',
    website: 'https://clearbooks-cloud.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#0d9488',
    formFields: [],
  },
];

/** Seeded accounting connections of the default consumer. */
export const accountingSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'accounting',
    serviceId: 'ledgerly',
    credentials: 'valid',
    settings: { tenant_id: 'org-acme' },
    configuration: { invoices: { default_tax_rate: 'vat-21', default_account: '4000' } },
    createdDaysAgo: 200,
  },
  { unifiedApi: 'accounting', serviceId: 'booksmith', credentials: 'valid', createdDaysAgo: 1 },
  {
    unifiedApi: 'accounting',
    serviceId: 'countwise',
    settings: {
      client_id: 'cw-app-2210',
      client_secret: 'cw-secret-9d8e7f',
      username: 'finance@acme.example',
      password: 'correct horse battery',
    },
    createdDaysAgo: 4,
  },
  {
    unifiedApi: 'accounting',
    serviceId: 'fiscalis',
    enabled: false,
    settings: { username: 'acme-finance', password: 'fiscalis-pass-2026' },
    createdDaysAgo: 300,
  },
  {
    unifiedApi: 'accounting',
    serviceId: 'auditry',
    credentials: 'valid',
    degraded: true,
    createdDaysAgo: 60,
  },
  {
    unifiedApi: 'accounting',
    serviceId: 'clearbooks-cloud',
    credentials: 'rejected',
    createdDaysAgo: 90,
  },
];
