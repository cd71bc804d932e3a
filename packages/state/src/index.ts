export { createDocumentClient, createDynamoState, ensureTable } from './dynamo/create.ts';
export type { EmbeddedDynamo } from './embedded.ts';
export { startEmbeddedDynamo } from './embedded.ts';
export { createInMemoryState } from './memory/in-memory-state.ts';
export type {
  AuditTrail,
  ControlStore,
  DedupStore,
  HeldPage,
  IncidentStore,
  LeaseStore,
  PageDigest,
  PageHour,
  PageLedger,
  ProposalAuditLog,
  ProposalAuditRecord,
  SecurityFindingStore,
  SleepRecord,
  SleepStore,
  StateStores,
} from './ports.ts';
