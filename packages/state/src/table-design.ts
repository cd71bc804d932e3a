/**
 * The single-table design of the state package, as plain data with no imports, so that the SST stack
 * (`stacks/storage.ts`) declares exactly the table that the adapters query.
 *
 * Item key patterns (see README.md for the full table):
 * - `INC#<id>` / `INC`: an incident; while open it is in `gsi1` under `INC#OPEN`; always in `gsi2` under
 *   `INC` for recency listings; both sorted by `<openedAt>#<id>`.
 * - `OPEN#<workloadKey>` / `OPEN`: the open-incident guard of a workload (points at one incident id).
 * - `FP#<fingerprint>` / `INC#<openedAt>#<id>`: Alertmanager fingerprint → incident pointers.
 * - `AUDIT#<key>` / `AUDIT`: an audit record, keyed by its idempotency key; `gsi1` `AUDIT#C#<cluster>`,
 *   `gsi2` `AUDIT#W#<cluster>/<namespace>/<workload>`, `gsi3` `AUDIT#I#<incidentId>`, all sorted by `<at>#<id>`.
 * - `AUDITID#<id>` / `AUDITID`: audit id → idempotency key pointer.
 * - `AUDIT#PR#<finding>` / `<at>#<id>`: what the GitOps enforcer did with a pull request; `gsi1` `AUDIT#PRS`.
 * - `DEDUP#<key>` / `DEDUP`, `LEASE#<name>` / `LEASE`: short-lived, with `ttl`.
 * - `SLEEP` / `<cluster>/<namespace>/<kind>/<name>`: sleep records of the cost pillar.
 * - `CONTROL` / `PAUSE` and `CONTROL` / `BREAKER#<cluster>`: kill switch and circuit breakers.
 * - `PAGES#<cluster>` / `HOUR#<yyyy-mm-ddThh>`: the paging budget of a cluster-hour and its held pages.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes expired items lazily, the adapters also filter them on read. */
  ttlAttribute: 'ttl',
  billingMode: 'PAY_PER_REQUEST',
  globalIndexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'ALL' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: 'ALL' },
  ],
  /** Every key attribute is a string. */
  attributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'],
} as const;

export type TableDesign = typeof TABLE_DESIGN;

/**
 * The partition-key prefix of each kind of item (`pk`). IAM scopes writes by it
 * (`dynamodb:LeadingKeys`): the internet-facing receivers may write dedup claims and the kill
 * switch, never an audit record. `SLEEP` and `CONTROL` are whole partitions, the others prefixes.
 */
export const PARTITIONS = {
  incident: 'INC#',
  openGuard: 'OPEN#',
  fingerprint: 'FP#',
  audit: 'AUDIT#',
  auditId: 'AUDITID#',
  dedup: 'DEDUP#',
  lease: 'LEASE#',
  sleep: 'SLEEP',
  control: 'CONTROL',
  pages: 'PAGES#',
} as const;
export type PartitionName = keyof typeof PARTITIONS;
