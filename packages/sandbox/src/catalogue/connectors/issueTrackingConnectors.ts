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

/** Issue tracking connectors. */
export const issueTrackingConnectors: SandboxConnector[] = [
  {
    serviceId: 'tracklight',
    unifiedApi: 'issue-tracking',
    name: 'Tracklight',
    tagLine: 'Issue tracking that engineers actually like.',
    website: 'https://tracklight.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    schemaSupport: true,
    brandColor: '#6366f1',
    scopes: ['read', 'write', 'issues:create'],
    formFields: [
      formField('workspace', 'Workspace', 'select', {
        required: true,
        options: [option('Acme Engineering', 'acme-eng'), option('Acme Support', 'acme-support')],
      }),
      formField('project', 'Project', 'filtered-select', {
        required: true,
        filter: { value: 'workspace' },
        description: 'Projects of the chosen workspace.',
        options: [
          optionGroup('acme-eng', 'Acme Engineering', [
            option('Platform', 'PLAT'),
            option('Mobile', 'MOB'),
          ]),
          optionGroup('acme-support', 'Acme Support', [
            option('Escalations', 'ESC'),
            option('Bugs from customers', 'BUG'),
          ]),
        ],
      }),
      formField('default_labels', 'Default labels', 'multi-select', {
        allow_custom_values: true,
        options: [option('customer', 'customer'), option('triage', 'triage')],
      }),
      formField('legacy_token', 'Legacy token', 'text', {
        hidden: true,
        value: 'tl-legacy-000',
        description: 'Kept for connections created before OAuth.',
      }),
    ],
    configurableResources: [
      {
        resource: 'tickets',
        fields: [
          formField('default_priority', 'Default priority', 'select', {
            target: 'resource',
            options: [option('Low', 'low'), option('Medium', 'medium'), option('High', 'high')],
            default_value: 'medium',
          }),
          formField('due_date', 'Default due date', 'date', { target: 'resource' }),
          formField('customer_tier', 'Customer tier', 'text', {
            target: 'custom_fields',
            custom_field: true,
          }),
        ],
      },
    ],
  },
  {
    serviceId: 'bugnest',
    unifiedApi: 'issue-tracking',
    name: 'Bugnest',
    tagLine: 'Bug reports with screenshots and session replays.',
    website: 'https://bugnest.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#b91c1c',
    formFields: [
      apiKeyField(),
      formField('reporter_email', 'Reporter email', 'email', { placeholder: 'bots@acme.example' }),
    ],
  },
  {
    serviceId: 'sprintboard',
    unifiedApi: 'issue-tracking',
    name: 'Sprintboard',
    tagLine: 'Self-hosted agile boards.',
    website: 'https://sprintboard.example',
    authType: 'basic',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#0e7490',
    formFields: [instanceUrlField('https://boards.acme.example'), usernameField(), passwordField()],
  },
  {
    serviceId: 'issuehive',
    unifiedApi: 'issue-tracking',
    name: 'IssueHive',
    tagLine: 'Service desk and issue tracking in one.',
    website: 'https://issuehive.example',
    authType: 'oauth2',
    oauthGrantType: 'client_credentials',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#eab308',
    formFields: [clientIdField(), clientSecretField()],
  },
  {
    serviceId: 'ticketforge',
    unifiedApi: 'issue-tracking',
    name: 'Ticketforge',
    tagLine: 'Ticketing for IT operations.',
    website: 'https://ticketforge.example',
    authType: 'custom',
    integrationState: 'disabled',
    hasGuide: false,
    validationSupport: false,
    brandColor: '#57534e',
    formFields: [
      formField('host', 'Host', 'url', {
        required: true,
        placeholder: 'https://itsm.acme.example',
      }),
      formField('token', 'Token', 'password', { required: true, sensitive: true }),
    ],
  },
];

/** Seeded issue tracking connections of the default consumer. */
export const issueTrackingSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'issue-tracking',
    serviceId: 'tracklight',
    credentials: 'valid',
    settings: { workspace: 'acme-eng', project: 'PLAT', default_labels: ['customer'] },
    configuration: { tickets: { default_priority: 'high' } },
    createdDaysAgo: 95,
  },
  { unifiedApi: 'issue-tracking', serviceId: 'bugnest', createdDaysAgo: 1 },
  {
    unifiedApi: 'issue-tracking',
    serviceId: 'sprintboard',
    settings: {
      instance_url: 'https://boards.acme.example',
      username: 'acme-bot',
      password: 'invalid-password',
    },
    createdDaysAgo: 40,
  },
];
