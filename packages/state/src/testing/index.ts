import type { ManualClock } from '@sre-agent/core';
import type { StateStores } from '../ports.ts';
import { describeAuditTrailContract } from './audit-trail-contract.ts';
import { describeIncidentStoreContract } from './incident-store-contract.ts';
import { describePageLedgerContract } from './page-ledger-contract.ts';
import { describeProposalAuditContract } from './proposal-audit-contract.ts';
import { describeSecurityFindingStoreContract } from './security-findings-contract.ts';
import {
  describeControlStoreContract,
  describeDedupStoreContract,
  describeLeaseStoreContract,
  describeSleepStoreContract,
} from './small-stores-contract.ts';

export { describeAuditTrailContract } from './audit-trail-contract.ts';
export { makeAuditRecord, makeIncident, workloadRef } from './fixtures.ts';
export { describeIncidentStoreContract } from './incident-store-contract.ts';
export { describePageLedgerContract } from './page-ledger-contract.ts';
export { describeProposalAuditContract } from './proposal-audit-contract.ts';
export { describeSecurityFindingStoreContract } from './security-findings-contract.ts';
export {
  describeControlStoreContract,
  describeDedupStoreContract,
  describeLeaseStoreContract,
  describeSleepStoreContract,
} from './small-stores-contract.ts';

/** Runs every store contract against one `StateStores` factory (a fresh, empty state per test). */
export function describeStateContract(
  makeState: (clock: ManualClock) => StateStores | Promise<StateStores>,
): void {
  describeIncidentStoreContract(async (clock) => (await makeState(clock)).incidents);
  describeAuditTrailContract(async (clock) => (await makeState(clock)).audit);
  describeProposalAuditContract(async (clock) => (await makeState(clock)).proposals);
  describeDedupStoreContract(async (clock) => (await makeState(clock)).dedup);
  describeLeaseStoreContract(async (clock) => (await makeState(clock)).leases);
  describeSleepStoreContract(async (clock) => (await makeState(clock)).sleep);
  describeControlStoreContract(async (clock) => (await makeState(clock)).control);
  describePageLedgerContract(async (clock) => (await makeState(clock)).pages);
  describeSecurityFindingStoreContract(async (clock) => (await makeState(clock)).findings);
}
