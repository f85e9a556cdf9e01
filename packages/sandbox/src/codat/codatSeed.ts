import type {
  CodatCompany,
  CodatConnection,
  CodatConnectionStatus,
  CodatSourceType,
} from './codatTypes';

interface Platform {
  name: string;
  key: string;
  integrationId: string;
  sourceType: CodatSourceType;
}

const PLATFORMS = {
  quillbooks: {
    name: 'Quillbooks',
    key: 'qbks',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d01',
    sourceType: 'Accounting',
  },
  harborBank: {
    name: 'Harbor Bank',
    key: 'hrbk',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d02',
    sourceType: 'Banking',
  },
  stallmart: {
    name: 'Stallmart',
    key: 'stlm',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d03',
    sourceType: 'Commerce',
  },
  tallyLedger: {
    name: 'Tally Ledger',
    key: 'tlly',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d04',
    sourceType: 'Accounting',
  },
  receiptly: {
    name: 'Receiptly',
    key: 'rcpt',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d05',
    sourceType: 'Expense',
  },
  feedline: {
    name: 'Feedline',
    key: 'fdln',
    integrationId: '0d5a6a5e-8b3e-4a8e-9d65-0f1a2b3c4d06',
    sourceType: 'BankFeed',
  },
} satisfies Record<string, Platform>;

/** Seeded company ids, for tests and the CLI. */
export const CODAT_COMPANY_IDS = {
  /** Connections in every status. */
  northwindBakery: '8a210b68-6988-11ed-a1eb-0242ac120002',
  /** One pending and one linked connection. */
  bluefinLogistics: '3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
  /** No connections yet. */
  emptyCompany: '7b3e9c2a-1d4f-4e8b-9a6c-5d2e1f0a9b8c',
} as const;

function connection(
  companyId: string,
  id: string,
  platform: Platform,
  status: CodatConnectionStatus,
  created: string,
  lastSync: string | null,
  extra: Partial<CodatConnection> = {},
): CodatConnection {
  return {
    id,
    integrationId: platform.integrationId,
    integrationKey: platform.key,
    sourceId: `5c1e${id.slice(4)}`,
    sourceType: platform.sourceType,
    platformName: platform.name,
    linkUrl: `https://link-api.codat.io/companies/${companyId}/connections/${id}/start`,
    status,
    lastSync,
    created,
    ...extra,
  };
}

/** The Codat companies every sandbox starts with: connections in each status. */
export function seedCodatCompanies(): Record<string, CodatCompany> {
  const northwind = CODAT_COMPANY_IDS.northwindBakery;
  const bluefin = CODAT_COMPANY_IDS.bluefinLogistics;
  const empty = CODAT_COMPANY_IDS.emptyCompany;
  return {
    [northwind]: {
      id: northwind,
      name: 'Northwind Bakery Ltd',
      connections: [
        connection(
          northwind,
          '2e9d2c44-f675-40ba-8049-353bfcb5e171',
          PLATFORMS.quillbooks,
          'Linked',
          '2026-03-02T09:12:44Z',
          '2026-08-20T06:00:12Z',
        ),
        connection(
          northwind,
          '51b0e2a7-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
          PLATFORMS.harborBank,
          'Linked',
          '2026-03-02T09:20:01Z',
          '2026-08-20T06:04:40Z',
        ),
        connection(
          northwind,
          '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f',
          PLATFORMS.stallmart,
          'Deauthorized',
          '2026-04-11T14:02:10Z',
          '2026-07-30T22:15:00Z',
          {
            dataConnectionErrors: [
              {
                statusCode: '401',
                statusText: 'Unauthorized',
                errorMessage: 'The refresh token was revoked by the user in Stallmart.',
                erroredOnUtc: '2026-07-31T02:00:00Z',
                status: 'Active',
                resolvedOnUtc: null,
              },
            ],
          },
        ),
        connection(
          northwind,
          '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
          PLATFORMS.tallyLedger,
          'Unlinked',
          '2025-11-20T11:45:00Z',
          '2026-01-15T08:00:00Z',
        ),
        connection(
          northwind,
          '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b',
          PLATFORMS.feedline,
          'PendingAuth',
          '2026-08-19T16:30:00Z',
          null,
        ),
      ],
    },
    [bluefin]: {
      id: bluefin,
      name: 'Bluefin Logistics',
      connections: [
        connection(
          bluefin,
          '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
          PLATFORMS.quillbooks,
          'PendingAuth',
          '2026-08-18T10:00:00Z',
          null,
        ),
        connection(
          bluefin,
          'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d',
          PLATFORMS.receiptly,
          'Linked',
          '2026-05-05T12:00:00Z',
          '2026-08-19T23:59:00Z',
        ),
      ],
    },
    [empty]: { id: empty, name: 'Empty Company Inc', connections: [] },
  };
}
