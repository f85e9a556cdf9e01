import type { AuthType, FormField, OAuthGrantType } from '../vault/vaultTypes';
import type {
  ConnectionSeed,
  ConnectorResource,
  SandboxCatalogue,
  SandboxConnector,
} from './connectorTypes';
import {
  apiKeyField,
  clientIdField,
  clientSecretField,
  formField,
  instanceUrlField,
  option,
  optionGroup,
  passwordField,
  subdomainField,
  usernameField,
} from './formFieldBuilders';
import { createSeededRandom, type SeededRandom } from './seededRandom';

/** Options of {@link generateCatalogue}. */
export interface GenerateCatalogueOptions {
  /** How many connectors to generate. */
  size: number;
  /** Same seed, same catalogue. @default 1 */
  seed?: number | string;
  /** Unified APIs to spread the connectors over. */
  unifiedApis?: string[];
  /** Share of connectors the default consumer has added. @default 0.35 */
  addedShare?: number;
  /** Consumer the seeded connections belong to. @default the sandbox's default consumer */
  consumerId?: string;
}

const DEFAULT_APIS = [
  'crm',
  'accounting',
  'hris',
  'ats',
  'file-storage',
  'ecommerce',
  'issue-tracking',
  'team-messaging',
  'customer-support',
  'project-management',
  'calendar',
  'pos',
];

const FIRST = [
  'Nova',
  'Zen',
  'Bright',
  'Blue',
  'Swift',
  'Clear',
  'Peak',
  'Echo',
  'Lumen',
  'Orbit',
  'Pixel',
  'Cedar',
  'Harbor',
  'Quill',
  'Atlas',
  'Kite',
  'Maple',
  'Fern',
  'Nimbus',
  'Vector',
];
const SECOND = [
  'ly',
  'io',
  'ify',
  'stack',
  'base',
  'desk',
  'hub',
  'works',
  'flow',
  'point',
  'line',
  'wise',
  'sy',
  'nest',
  'loop',
  'grid',
];
const SUFFIX: Record<string, string[]> = {
  crm: ['CRM', 'Sales', 'Deals'],
  accounting: ['Books', 'Ledger', 'Accounts'],
  hris: ['HR', 'People', 'Staff'],
  ats: ['Hire', 'Talent', 'Recruit'],
  'file-storage': ['Drive', 'Files', 'Docs'],
  ecommerce: ['Shop', 'Store', 'Cart'],
  'issue-tracking': ['Issues', 'Tickets', 'Tracker'],
  'team-messaging': ['Chat', 'Talk', 'Messages'],
};
const TAG_LINES = [
  'Everything your team needs in one place.',
  'Built for small businesses that grow fast.',
  'Fast, simple and secure.',
  'The modern platform for modern teams.',
  'Automate the busywork and focus on customers.',
  'Loved by finance and operations teams.',
];

function colour(random: SeededRandom): string {
  return `#${[0, 0, 0].map(() => random.integer(16, 220).toString(16).padStart(2, '0')).join('')}`;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Optional extra fields, together covering every form-field type. */
const EXTRA_FIELDS: Array<(random: SeededRandom) => FormField[]> = [
  () => [
    formField('region', 'Region', 'select', {
      options: [option('US', 'us'), option('EU', 'eu')],
      default_value: 'us',
    }),
  ],
  () => [formField('notes', 'Notes', 'textarea', { placeholder: 'Anything worth knowing' })],
  () => [formField('sync_from', 'Sync from', 'date')],
  () => [formField('sync_time', 'Daily sync at', 'time', { default_value: '02:00' })],
  () => [formField('go_live_at', 'Go live at', 'datetime')],
  (random) => [
    formField('batch_size', 'Batch size', 'number', { default_value: random.pick([50, 100, 200]) }),
  ],
  () => [formField('notify_email', 'Notify', 'email', { placeholder: 'ops@example.com' })],
  () => [formField('support_phone', 'Support phone', 'tel')],
  () => [formField('hotline', 'Hotline', 'phone')],
  () => [formField('include_archived', 'Include archived', 'checkbox', { default_value: false })],
  () => [formField('beta_features', 'Beta features', 'boolean')],
  () => [
    formField('callback_url', 'Callback URL', 'copy', {
      value: 'https://unify.apideck.com/webhook/generated',
      disabled: true,
    }),
  ],
  () => [
    formField('notice', 'Notice', 'info', {
      description: 'Changes can take a few minutes to appear.',
    }),
  ],
  () => [formField('internal_ref', 'Internal reference', 'hidden', { value: 'generated' })],
  () => [formField('office', 'Office', 'location')],
  () => [
    formField('tags', 'Tags', 'multi-select', {
      allow_custom_values: true,
      options: [option('priority', 'priority'), option('archive', 'archive')],
    }),
  ],
  () => [
    formField('workspace', 'Workspace', 'select', {
      options: [option('Main', 'main'), option('Labs', 'labs')],
    }),
    formField('project', 'Project', 'filtered-select', {
      filter: { value: 'workspace' },
      options: [
        optionGroup('main', 'Main', [option('Core', 'core'), option('Web', 'web')]),
        optionGroup('labs', 'Labs', [option('Research', 'research')]),
      ],
    }),
  ],
];

function authFields(
  authType: AuthType,
  grant: OAuthGrantType | undefined,
  random: SeededRandom,
  serviceId: string,
): FormField[] {
  switch (authType) {
    case 'apiKey':
      return random.chance(0.4)
        ? [subdomainField(`.${serviceId}.example`), apiKeyField()]
        : [apiKeyField()];
    case 'basic':
      return random.chance(0.3)
        ? [instanceUrlField(`https://${serviceId}.example`), usernameField(), passwordField()]
        : [usernameField(), passwordField()];
    case 'custom':
      return [
        formField('account_id', 'Account ID', 'text', { required: true }),
        formField('secret_token', 'Secret token', 'password', {
          required: true,
          sensitive: true,
          mask: true,
        }),
      ];
    case 'oauth2':
      if (grant === 'client_credentials') return [clientIdField(), clientSecretField()];
      if (grant === 'password')
        return [clientIdField(), clientSecretField(), usernameField('email'), passwordField()];
      return random.chance(0.15)
        ? [
            formField('company_id', 'Company', 'select', {
              required: true,
              options: [option('Main company', 'main')],
            }),
          ]
        : [];
    default:
      return [];
  }
}

function sampleValue(field: FormField, settings: Record<string, unknown>): unknown {
  switch (field.type) {
    case 'password':
      return `secret-${field.id}`;
    case 'email':
      return 'user@example.com';
    case 'url':
      return field.prefix ? 'example.com' : 'https://example.com';
    case 'select': {
      const first = field.options?.[0];
      if (!first) return 'value';
      return first.option_type === 'group' ? first.options[0]?.value : first.value;
    }
    case 'filtered-select': {
      const group = field.options?.find(
        (item) => item.option_type === 'group' && item.id === settings[field.filter?.value ?? ''],
      );
      return group?.option_type === 'group' ? group.options[0]?.value : undefined;
    }
    default:
      return `${field.id}-value`;
  }
}

function requiredSettings(connector: SandboxConnector): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const field of connector.formFields) {
    if (field.required) settings[field.id] = sampleValue(field, settings);
  }
  return settings;
}

type Scenario =
  | 'callable'
  | 'added'
  | 'invalid'
  | 'authorized'
  | 'pending_confirmation'
  | 'pending_refresh'
  | 'rejected'
  | 'revoked'
  | 'degraded';

function seedFor(
  connector: SandboxConnector,
  random: SeededRandom,
  consumerId: string | undefined,
): ConnectionSeed {
  const base = {
    ...(consumerId ? { consumerId } : {}),
    unifiedApi: connector.unifiedApi,
    serviceId: connector.serviceId,
    createdDaysAgo: random.integer(0, 365),
  };
  if (connector.integrationState === 'needs_configuration') return base;
  const filled = requiredSettings(connector);
  const secret = connector.formFields.find((field) => field.sensitive || field.type === 'password');
  const redirectFlow =
    connector.authType === 'oauth2' && connector.oauthGrantType === 'authorization_code';
  const scenario: Scenario =
    connector.authType === 'none'
      ? 'callable'
      : redirectFlow
        ? random.pick([
            'callable',
            'callable',
            'added',
            'pending_confirmation',
            'pending_refresh',
            'rejected',
            'revoked',
            'degraded',
            'authorized',
          ] as const)
        : random.pick(['callable', 'callable', 'added', 'invalid'] as const);
  switch (scenario) {
    case 'callable':
      return {
        ...base,
        settings: filled,
        ...(connector.authType === 'oauth2' ? { credentials: 'valid' } : {}),
      };
    case 'added':
      return base;
    case 'invalid':
      return {
        ...base,
        settings: { ...filled, ...(secret ? { [secret.id]: 'invalid-secret' } : {}) },
      };
    case 'authorized':
      return { ...base, credentials: 'valid' };
    case 'pending_confirmation':
    case 'pending_refresh':
    case 'rejected':
      return { ...base, settings: filled, credentials: scenario };
    case 'revoked':
      return { ...base, settings: filled, revoked: true };
    case 'degraded':
      return { ...base, settings: filled, credentials: 'valid', degraded: true };
  }
}

/**
 * Generates a catalogue of any size from a seed, for benchmarks and large-catalogue tests: the
 * same options always give the same connectors and seeded connections (nothing depends on the
 * clock). Use it with `createSandbox({ catalogue: generateCatalogue({ size: 1000, seed: 7 }) })`.
 */
export function generateCatalogue(options: GenerateCatalogueOptions): SandboxCatalogue {
  const random = createSeededRandom(options.seed ?? 1);
  const apis = options.unifiedApis ?? DEFAULT_APIS;
  const usedIds = new Set<string>();
  const connectors: SandboxConnector[] = [];
  const seeds: ConnectionSeed[] = [];
  for (let index = 0; index < options.size; index += 1) {
    const unifiedApi = apis[index % apis.length] as string;
    const brand = `${random.pick(FIRST)}${random.pick(SECOND)}`;
    const name = random.chance(0.5)
      ? `${brand} ${random.pick(SUFFIX[unifiedApi] ?? ['Cloud'])}`
      : brand;
    let serviceId = slug(name);
    for (let attempt = 2; usedIds.has(`${unifiedApi}+${serviceId}`); attempt += 1)
      serviceId = `${slug(name)}-${attempt}`;
    usedIds.add(`${unifiedApi}+${serviceId}`);
    const authType = random.weighted<AuthType>({
      oauth2: 45,
      apiKey: 30,
      basic: 12,
      custom: 8,
      none: 5,
    });
    const oauthGrantType =
      authType === 'oauth2'
        ? random.weighted<OAuthGrantType>({
            authorization_code: 80,
            client_credentials: 12,
            password: 8,
          })
        : undefined;
    const extras = Array.from({ length: random.integer(0, 3) }, () =>
      random.pick(EXTRA_FIELDS)(random),
    ).flat();
    const formFields = [...authFields(authType, oauthGrantType, random, serviceId)];
    for (const field of extras) {
      if (!formFields.some((existing) => existing.id === field.id)) formFields.push(field);
    }
    const resources: ConnectorResource[] = random.chance(0.3)
      ? [
          {
            resource: random.pick([
              'contacts',
              'invoices',
              'employees',
              'tickets',
              'orders',
              'files',
            ]),
            fields: [
              formField('default_owner', 'Default owner', 'select', {
                target: 'resource',
                options: [option('Me', 'me'), option('Team', 'team')],
              }),
              formField('label', 'Label', 'text', { target: 'custom_fields', custom_field: true }),
            ],
          },
        ]
      : [];
    const connector: SandboxConnector = {
      serviceId,
      unifiedApi,
      name,
      tagLine: random.pick(TAG_LINES),
      website: `https://${serviceId}.example`,
      authType,
      ...(oauthGrantType ? { oauthGrantType } : {}),
      integrationState: random.weighted({ configured: 88, needs_configuration: 8, disabled: 4 }),
      hasGuide: random.chance(0.6),
      validationSupport: random.chance(0.7),
      brandColor: colour(random),
      formFields,
      ...(resources.length > 0 ? { configurableResources: resources } : {}),
    };
    connectors.push(connector);
    if (connector.integrationState !== 'disabled' && random.chance(options.addedShare ?? 0.35)) {
      seeds.push(seedFor(connector, random, options.consumerId));
    }
  }
  return { connectors, seeds };
}
