import { accountingConnectors, accountingSeeds } from './connectors/accountingConnectors';
import { atsConnectors, atsSeeds } from './connectors/atsConnectors';
import { crmConnectors, crmSeeds } from './connectors/crmConnectors';
import { ecommerceConnectors, ecommerceSeeds } from './connectors/ecommerceConnectors';
import { fileStorageConnectors, fileStorageSeeds } from './connectors/fileStorageConnectors';
import { hrisConnectors, hrisSeeds } from './connectors/hrisConnectors';
import { issueTrackingConnectors, issueTrackingSeeds } from './connectors/issueTrackingConnectors';
import { teamMessagingConnectors, teamMessagingSeeds } from './connectors/teamMessagingConnectors';
import type { SandboxCatalogue } from './connectorTypes';

/**
 * The hand-written catalogue every sandbox starts with: fictional connectors over eight unified
 * APIs covering every auth type, grant type, integration state and form-field type, and the default
 * consumer's (`test-consumer`) connections in every state and health. See
 * {@link summariseCatalogueCoverage} for which connector covers what.
 */
export const defaultCatalogue: SandboxCatalogue = {
  connectors: [
    ...crmConnectors,
    ...accountingConnectors,
    ...hrisConnectors,
    ...atsConnectors,
    ...fileStorageConnectors,
    ...ecommerceConnectors,
    ...issueTrackingConnectors,
    ...teamMessagingConnectors,
  ],
  seeds: [
    ...crmSeeds,
    ...accountingSeeds,
    ...hrisSeeds,
    ...atsSeeds,
    ...fileStorageSeeds,
    ...ecommerceSeeds,
    ...issueTrackingSeeds,
    ...teamMessagingSeeds,
  ],
};
