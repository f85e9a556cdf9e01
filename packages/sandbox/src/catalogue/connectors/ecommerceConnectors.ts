import type { ConnectionSeed, SandboxConnector } from '../connectorTypes';
import {
  apiKeyField,
  clientIdField,
  clientSecretField,
  formField,
  option,
  passwordField,
  usernameField,
} from '../formFieldBuilders';

/** E-commerce connectors. */
export const ecommerceConnectors: SandboxConnector[] = [
  {
    serviceId: 'shopwright',
    unifiedApi: 'ecommerce',
    name: 'Shopwright',
    tagLine: 'Hosted storefronts for independent brands.',
    website: 'https://shopwright.example',
    authType: 'apiKey',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#84cc16',
    formFields: [
      formField('store_domain', 'Store domain', 'text', {
        required: true,
        prefix: 'https://',
        suffix: '.shopwright.example',
        placeholder: 'acme-store',
      }),
      apiKeyField('Admin API access token'),
      formField('warehouse_location', 'Warehouse location', 'location', {
        placeholder: 'Search an address',
        description: 'Where orders ship from; used for shipping estimates.',
      }),
    ],
    configurableResources: [
      {
        resource: 'orders',
        fields: [
          formField('default_status', 'Status of imported orders', 'select', {
            target: 'resource',
            options: [
              option('Open', 'open'),
              option('Paid', 'paid'),
              option('Fulfilled', 'fulfilled'),
            ],
            default_value: 'open',
          }),
          formField('fulfillment_location', 'Fulfilment location', 'location', {
            target: 'resource',
          }),
        ],
      },
    ],
  },
  {
    serviceId: 'cartly',
    unifiedApi: 'ecommerce',
    name: 'Cartly',
    tagLine: 'Headless commerce APIs for developers.',
    website: 'https://cartly.example',
    authType: 'oauth2',
    oauthGrantType: 'authorization_code',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#f97316',
    settingsRequiredForAuthorization: ['store_domain'],
    scopes: ['read_orders', 'read_products'],
    formFields: [
      formField('store_domain', 'Store domain', 'text', {
        required: true,
        prefix: 'https://',
        suffix: '.cartly.example',
        placeholder: 'acme',
        description: 'Needed before authorizing: Cartly signs in on your store’s own domain.',
      }),
    ],
  },
  {
    serviceId: 'market-stall',
    unifiedApi: 'ecommerce',
    name: 'Market Stall',
    tagLine: 'Sell on marketplaces from one inventory.',
    website: 'https://market-stall.example',
    authType: 'basic',
    integrationState: 'configured',
    hasGuide: false,
    validationSupport: false,
    brandColor: '#a16207',
    formFields: [usernameField(), passwordField()],
  },
  {
    serviceId: 'bazaar-commerce',
    unifiedApi: 'ecommerce',
    name: 'Bazaar Commerce',
    tagLine: 'B2B ordering portals with customer-specific pricing.',
    website: 'https://bazaar-commerce.example',
    authType: 'oauth2',
    oauthGrantType: 'password',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#9f1239',
    formFields: [clientIdField(), clientSecretField(), usernameField(), passwordField()],
  },
  {
    serviceId: 'tillpoint',
    unifiedApi: 'ecommerce',
    name: 'Tillpoint',
    tagLine: 'Point of sale for shops and cafés.',
    website: 'https://tillpoint.example',
    authType: 'custom',
    integrationState: 'configured',
    hasGuide: true,
    validationSupport: true,
    brandColor: '#14b8a6',
    formFields: [
      formField('merchant_id', 'Merchant ID', 'text', { required: true, placeholder: 'M-000000' }),
      formField('terminal_pin', 'Terminal PIN', 'password', {
        required: true,
        sensitive: true,
        mask: true,
      }),
      formField('support_phone', 'Support phone', 'phone', { placeholder: '+31 20 123 4567' }),
      formField('store_phone', 'Store phone', 'tel', { placeholder: '+1 555 0100' }),
      formField('opening_time', 'Opening time', 'time', { default_value: '09:00' }),
      formField('go_live_at', 'Go live at', 'datetime', {
        description: 'Orders before this moment are not imported.',
      }),
    ],
  },
];

/** Seeded e-commerce connections of the default consumer. */
export const ecommerceSeeds: ConnectionSeed[] = [
  {
    unifiedApi: 'ecommerce',
    serviceId: 'shopwright',
    settings: {
      store_domain: 'acme-store',
      api_key: 'shpwr_at_11aa22bb',
      warehouse_location: 'Keizersgracht 1, Amsterdam',
    },
    configuration: { orders: { default_status: 'paid' } },
    createdDaysAgo: 140,
  },
  { unifiedApi: 'ecommerce', serviceId: 'cartly', createdDaysAgo: 2 },
  {
    unifiedApi: 'ecommerce',
    serviceId: 'tillpoint',
    settings: {
      merchant_id: 'M-204812',
      terminal_pin: '4821',
      support_phone: '+31 20 555 0199',
      go_live_at: '2026-06-01T08:00:00Z',
    },
    createdDaysAgo: 85,
  },
];
