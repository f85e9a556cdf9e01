import type { ConnectionSeed, SandboxConnector } from '../connectorTypes';
import {
  apiKeyField,
  formField,
  instanceUrlField,
  option,
  passwordField,
  usernameField,
} from '../formFieldBuilders';

/** File storage connectors. */
export const fileStorageConnectors: SandboxConnector[] = [
  {
    serviceId: 'driveway',
    unifiedApi: 'file-storage',
    name: 'Driveway',
    tagLine: 'Cloud drive with shared team folders.',
    website: 'https://driveway.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#facc15',
    scopes: ['files.read', 'files.write'],
    formFields: [
      formField('root_folder', 'Root folder', 'text', { placeholder: '/Shared/Invoices' }),
      formField('include_shared', 'Include files shared with me', 'boolean', {
        default_value: true,
      }),
      formField('max_file_size', 'Largest file to sync', 'number', {
        suffix: 'MB',
        default_value: 250,
      }),
    ],
    configurableResources: [
      {
        resource: 'files',
        fields: [
          formField('conflict_policy', 'When a file exists', 'select', {
            target: 'resource',
            options: [
              option('Keep both', 'rename'),
              option('Overwrite', 'overwrite'),
              option('Skip', 'skip'),
            ],
            default_value: 'rename',
          }),
        ],
      },
    ],
  },
  {
    serviceId: 'boxfort',
    unifiedApi: 'file-storage',
    name: 'Boxfort',
    tagLine: 'Secure content management for regulated industries.',
    website: 'https://boxfort.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#1e40af',
    scopes: ['root_readwrite', 'manage_webhook'],
    formFields: [],
  },
  {
    serviceId: 'filecabinet',
    unifiedApi: 'file-storage',
    name: 'FileCabinet',
    tagLine: 'Document archive with full-text search.',
    website: 'https://filecabinet.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: true,
    brandColor: '#78716c',
    formFields: [
      apiKeyField(),
      formField('workspace', 'Workspace', 'select', {
        allow_custom_values: true,
        options: [option('Finance', 'finance'), option('Legal', 'legal')],
      }),
      formField('legacy_api_version', 'API version', 'text', {
        deprecated: true,
        value: 'v1',
        description: 'No longer used: FileCabinet only serves API v2.',
      }),
      formField('notes', 'Notes', 'textarea', { placeholder: 'Anything your admin should know' }),
    ],
  },
  {
    serviceId: 'docuvault',
    unifiedApi: 'file-storage',
    name: 'DocuVault',
    tagLine: 'Self-hosted document management.',
    website: 'https://docuvault.example',
    authType: 'basic',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#0f172a',
    formFields: [
      instanceUrlField('https://docs.acme.example'),
      usernameField(),
      passwordField(),
      formField('verify_ssl', 'Verify TLS certificate', 'checkbox', { default_value: true }),
    ],
  },
  {
    serviceId: 'open-bucket',
    unifiedApi: 'file-storage',
    name: 'Open Bucket',
    tagLine: 'Public datasets as files: nothing to authorize.',
    website: 'https://open-bucket.example',
    authType: 'none',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: false,
    brandColor: '#38bdf8',
    formFields: [],
  },
];

/** Seeded file storage connections of the default consumer. */
export const fileStorageSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'file-storage',
    serviceId: 'driveway',
    credentials: 'valid',
    settings: { root_folder: '/Shared' },
    createdDaysAgo: 33,
  },
  {
    unifiedApi: 'file-storage',
    serviceId: 'docuvault',
    settings: {
      instance_url: 'https://docs.acme.example',
      username: 'sync-bot',
      password: 'dv-pass-4412',
    },
    createdDaysAgo: 51,
  },
];
