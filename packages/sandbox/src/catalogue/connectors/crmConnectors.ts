import type { ConnectionSeed, SandboxConnector } from '../connectorTypes';
import {
  apiKeyField,
  clientIdField,
  clientSecretField,
  formField,
  instanceUrlField,
  option,
  optionGroup,
  passwordField,
  usernameField,
} from '../formFieldBuilders';

const pipelines = [option('New business', 'new-business'), option('Renewals', 'renewals')];

/** CRM connectors. */
export const crmConnectors: SandboxConnector[] = [
  {
    serviceId: 'nimbus-crm',
    unifiedApi: 'crm',
    name: 'Nimbus CRM',
    tagLine: 'The cloud CRM for growing sales teams: leads, deals and forecasts in one place.',
    website: 'https://nimbus-crm.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    schemaSupport: true,
    brandColor: '#1d4ed8',
    settingsRequiredForAuthorization: ['instance_url'],
    scopes: ['leads:read', 'leads:write', 'contacts:read', 'opportunities:read'],
    formFields: [
      instanceUrlField('https://acme.my.nimbus-crm.example'),
      formField('default_owner', 'Default owner', 'email', {
        placeholder: 'owner@acme.example',
        description: 'New leads without an owner are assigned to this user.',
      }),
      formField('sync_archived', 'Sync archived records', 'checkbox', { default_value: false }),
      formField('webhook_url', 'Webhook URL', 'copy', {
        value: 'https://unify.apideck.com/webhook/nimbus-crm/sandbox-app',
        disabled: true,
        description: 'Paste this address in Nimbus CRM → Settings → Webhooks.',
      }),
      formField('sync_notice', 'About syncing', 'info', {
        description: 'Nimbus CRM sends changes every five minutes; large imports can take longer.',
      }),
    ],
    configurableResources: [
      {
        resource: 'leads',
        fields: [
          formField('lead_source', 'Lead source', 'select', {
            target: 'resource',
            required: true,
            options: [
              option('Website', 'website'),
              option('Referral', 'referral'),
              option('Event', 'event'),
            ],
            default_value: 'website',
          }),
          formField('ProductInterest', 'Product interest', 'multi-select', {
            target: 'custom_fields',
            custom_field: true,
            allow_custom_values: true,
            options: [
              option('GC5000 series', 'GC5000 series'),
              option('GC6000 series', 'GC6000 series'),
            ],
          }),
        ],
      },
      {
        resource: 'opportunities',
        fields: [
          formField('pipeline', 'Pipeline', 'select', { target: 'resource', options: pipelines }),
          formField('stage', 'Stage', 'filtered-select', {
            target: 'resource',
            filter: { value: 'pipeline' },
            options: [
              optionGroup('new-business', 'New business', [
                option('Qualified', 'qualified'),
                option('Proposal', 'proposal'),
              ]),
              optionGroup('renewals', 'Renewals', [
                option('Due', 'due'),
                option('Negotiation', 'negotiation'),
              ]),
            ],
          }),
          formField('close_within_days', 'Expected close (days)', 'number', {
            target: 'resource',
            default_value: 30,
          }),
        ],
      },
    ],
    customMappings: [
      {
        id: 'crm+leads+region',
        label: 'Region',
        description: 'Sales region of the lead',
        key: 'region',
        required: false,
        customField: true,
        example: 'EMEA',
      },
    ],
  },
  {
    serviceId: 'pipeline-pro',
    unifiedApi: 'crm',
    name: 'PipelinePro',
    tagLine: 'Visual pipelines that keep every deal moving.',
    website: 'https://pipeline-pro.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#047857',
    formFields: [
      formField('company_domain', 'Company domain', 'text', {
        required: true,
        prefix: 'https://',
        suffix: '.pipeline-pro.example',
        placeholder: 'acme',
      }),
      apiKeyField('API token', { description: 'Find it under Personal preferences → API.' }),
    ],
  },
  {
    serviceId: 'closely',
    unifiedApi: 'crm',
    name: 'Closely',
    tagLine: 'Inside-sales CRM with calling and email built in.',
    website: 'https://closely.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#7c3aed',
    formFields: [
      apiKeyField(),
      formField('region', 'Data region', 'select', {
        required: true,
        options: [option('United States', 'us'), option('European Union', 'eu')],
        default_value: 'us',
      }),
    ],
  },
  {
    serviceId: 'relata',
    unifiedApi: 'crm',
    name: 'Relata',
    tagLine: 'Relationship intelligence for account managers.',
    website: 'https://relata.example',
    authType: 'basic',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: false,
    brandColor: '#be185d',
    formFields: [
      instanceUrlField('https://crm.relata.example'),
      usernameField('email', { placeholder: 'you@company.example' }),
      passwordField(),
    ],
  },
  {
    serviceId: 'hubline',
    unifiedApi: 'crm',
    name: 'Hubline',
    tagLine: 'Marketing and sales hub for small businesses.',
    website: 'https://hubline.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'needs_configuration',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#ea580c',
    scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read'],
    formFields: [],
  },
  {
    serviceId: 'contactsphere',
    unifiedApi: 'crm',
    name: 'ContactSphere',
    tagLine: 'Contact management for service businesses.',
    website: 'https://contactsphere.example',
    authType: 'oauth2',
    oauthGrantType: 'client_credentials',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#0891b2',
    formFields: [
      clientIdField(),
      clientSecretField(),
      formField('region', 'Region', 'select', {
        options: [
          option('North America', 'na'),
          option('Europe', 'eu'),
          option('Asia Pacific', 'apac'),
        ],
        default_value: 'na',
      }),
      formField('api_base', 'API base', 'hidden', {
        value: 'https://api.contactsphere.example/v3',
      }),
    ],
  },
  {
    serviceId: 'salesdock',
    unifiedApi: 'crm',
    name: 'SalesDock',
    tagLine: 'CRM for field sales with offline mobile apps.',
    website: 'https://salesdock.example',
    authType: 'custom',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: false,
    brandColor: '#4338ca',
    formFields: [
      formField('account_id', 'Account ID', 'text', { required: true, placeholder: 'SD-000000' }),
      formField('api_token', 'API token', 'password', {
        required: true,
        sensitive: true,
        mask: true,
      }),
      formField('environment', 'Environment', 'select', {
        required: true,
        options: [option('Production', 'production'), option('Sandbox', 'sandbox')],
        default_value: 'production',
      }),
      formField('ip_allowlist', 'IP allow-list', 'info', {
        description:
          'SalesDock only accepts calls from 192.0.2.10 and 192.0.2.11: add them to your allow-list.',
      }),
    ],
  },
  {
    serviceId: 'leadflow',
    unifiedApi: 'crm',
    name: 'Leadflow',
    tagLine: 'Capture, score and route leads automatically.',
    website: 'https://leadflow.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#16a34a',
    scopes: ['leads:read', 'leads:write'],
    formFields: [],
  },
  {
    serviceId: 'dealstream',
    unifiedApi: 'crm',
    name: 'Dealstream',
    tagLine: 'Deal rooms and mutual action plans for B2B sales.',
    website: 'https://dealstream.example',
    authType: 'oauth2',
    oauthGrantType: 'password',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#0f766e',
    formFields: [clientIdField(), clientSecretField(), usernameField('email'), passwordField()],
  },
];

/** Seeded CRM connections of the default consumer. */
export const crmSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'crm',
    serviceId: 'nimbus-crm',
    credentials: 'valid',
    settings: {
      instance_url: 'https://acme.my.nimbus-crm.example',
      default_owner: 'sales@acme.example',
    },
    metadata: {
      account: { name: 'Acme Inc', id: 'c01458a5-7276-41ce-bc19-639906b0450a' },
      plan: 'enterprise',
    },
    configuration: { leads: { lead_source: 'referral', ProductInterest: ['GC5000 series'] } },
    customMappings: { 'crm+leads+region': '$.root.region' },
    createdDaysAgo: 120,
  },
  {
    unifiedApi: 'crm',
    serviceId: 'pipeline-pro',
    settings: { company_domain: 'acme', api_key: 'pp_live_8f3a2c91d0' },
    createdDaysAgo: 45,
  },
  {
    unifiedApi: 'crm',
    serviceId: 'closely',
    settings: { api_key: 'invalid-key-0042' },
    createdDaysAgo: 12,
  },
  {
    unifiedApi: 'crm',
    serviceId: 'relata',
    settings: { username: 'ops@acme.example' },
    createdDaysAgo: 3,
  },
  { unifiedApi: 'crm', serviceId: 'hubline', createdDaysAgo: 2 },
  {
    unifiedApi: 'crm',
    serviceId: 'contactsphere',
    settings: { client_id: 'cs-client-81723' },
    createdDaysAgo: 5,
  },
  {
    unifiedApi: 'crm',
    serviceId: 'leadflow',
    credentials: 'pending_confirmation',
    createdDaysAgo: 0,
  },
];
