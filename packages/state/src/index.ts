export { DynamoAuditTrail } from './dynamo/audit-trail.ts';
export type { DynamoConnection, DynamoStateOptions } from './dynamo/create.ts';
export { createDocumentClient, createDynamoState, ensureTable } from './dynamo/create.ts';
export { DynamoIncidentStore } from './dynamo/incident-store.ts';
export {
  DynamoControlStore,
  DynamoDedupStore,
  DynamoLeaseStore,
  DynamoSleepStore,
} from './dynamo/small-stores.ts';
export { DynamoTable } from './dynamo/table.ts';
export type { EmbeddedDynamo } from './embedded.ts';
export { startEmbeddedDynamo } from './embedded.ts';
export { isConditionFailed, MalformedItemError, translateDynamoError } from './errors.ts';
export {
  createInMemoryState,
  InMemoryAuditTrail,
  InMemoryControlStore,
  InMemoryDedupStore,
  InMemoryIncidentStore,
  InMemoryLeaseStore,
  InMemorySleepStore,
} from './memory/in-memory-state.ts';
export type {
  AuditFinish,
  AuditStatus,
  AuditTrail,
  AuditWorkload,
  BeginAuditResult,
  BreakerState,
  ControlStore,
  CreateIncidentResult,
  DedupStore,
  IncidentStore,
  Lease,
  LeaseStore,
  PauseState,
  RetentionOptions,
  SleepRecord,
  SleepRef,
  SleepStore,
  StateStores,
} from './ports.ts';
export {
  AuditFinishSchema,
  AuditStatusSchema,
  BreakerStateSchema,
  LeaseSchema,
  PauseStateSchema,
  SleepRecordSchema,
} from './ports.ts';
export type { PartitionName, TableDesign } from './table-design.ts';
export { PARTITIONS, TABLE_DESIGN } from './table-design.ts';
export { updateIncident } from './update-incident.ts';
