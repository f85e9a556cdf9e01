import type { ConnectionSeed, SandboxConnector } from '../connectorTypes';
import { formField, option, optionGroup } from '../formFieldBuilders';

/** Team messaging connectors. */
export const teamMessagingConnectors: SandboxConnector[] = [
  {
    serviceId: 'chatterbox',
    unifiedApi: 'team-messaging',
    name: 'Chatterbox',
    tagLine: 'Team chat with channels, threads and huddles.',
    website: 'https://chatterbox.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#581c87',
    scopes: ['channels:read', 'chat:write'],
    formFields: [
      formField('channel', 'Channel', 'select', {
        required: true,
        placeholder: 'Select a channel',
        description: 'Chatterbox channel to push notifications to.',
        options: [
          optionGroup('public', 'Public channels', [
            option('#general', 'general'),
            option('#sales', 'sales'),
          ]),
          optionGroup('private', 'Private channels', [option('#leadership', 'leadership')]),
        ],
      }),
      formField('mention_on_failure', 'Mention the channel when a sync fails', 'checkbox', {
        default_value: false,
      }),
    ],
  },
  {
    serviceId: 'pingpost',
    unifiedApi: 'team-messaging',
    name: 'Pingpost',
    tagLine: 'Async video updates for distributed teams.',
    website: 'https://pingpost.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: false,
    brandColor: '#fb7185',
    formFields: [],
  },
];

/** Seeded team messaging connections of the default consumer. */
export const teamMessagingSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'team-messaging',
    serviceId: 'chatterbox',
    credentials: 'valid',
    settings: { channel: 'general' },
    createdDaysAgo: 22,
  },
];
