import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@sre-agent/core';
import { ExternalServiceError } from '@sre-agent/core';
import { translateDynamoError } from '../errors.ts';
import type { RetentionOptions, StateStores } from '../ports.ts';
import { TABLE_DESIGN } from '../table-design.ts';
import { DynamoAuditTrail } from './audit-trail.ts';
import { DynamoIncidentStore } from './incident-store.ts';
import { DynamoPageLedger } from './page-ledger.ts';
import { DynamoProposalAuditLog } from './proposal-audit.ts';
import { DynamoSecurityFindingStore } from './security-findings.ts';
import { DynamoControlStore, DynamoDedupStore, DynamoLeaseStore, DynamoSleepStore } from './small-stores.ts';
import { DynamoTable } from './table.ts';

/** Where the table is: AWS (region from the environment by default) or a local endpoint. */
export type DynamoConnection = {
  tableName: string;
  /** e.g. `http://127.0.0.1:8000` for the embedded server; dummy credentials are used with it. */
  endpoint?: string;
  region?: string;
};

/** A document client that drops `undefined` fields and keeps numbers as numbers. */
export function createDocumentClient(
  connection: Omit<DynamoConnection, 'tableName'> = {},
): DynamoDBDocumentClient {
  const config: DynamoDBClientConfig = {
    ...(connection.region ? { region: connection.region } : {}),
    ...(connection.endpoint
      ? {
          endpoint: connection.endpoint,
          region: connection.region ?? 'us-east-1',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  };
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}

export type DynamoStateOptions = (
  | { client: DynamoDBDocumentClient; tableName: string }
  | { connection: DynamoConnection }
) & {
  clock: Clock;
  retention?: RetentionOptions;
};

/**
 * Every store on one DynamoDB table.
 * @example
 * const state = createDynamoState({ connection: { tableName: 'sre-agent', endpoint }, clock: systemClock });
 * const { created } = await state.incidents.create(incident);
 */
export function createDynamoState(
  options: DynamoStateOptions,
): StateStores & { client: DynamoDBDocumentClient; tableName: string } {
  const client = 'client' in options ? options.client : createDocumentClient(options.connection);
  const tableName = 'client' in options ? options.tableName : options.connection.tableName;
  const table = new DynamoTable(client, tableName, options.clock);
  return {
    client,
    tableName,
    incidents: new DynamoIncidentStore(table, { closedIncidentDays: options.retention?.closedIncidentDays }),
    audit: new DynamoAuditTrail(table, { auditDays: options.retention?.auditDays }),
    proposals: new DynamoProposalAuditLog(table, { auditDays: options.retention?.auditDays }),
    dedup: new DynamoDedupStore(table),
    leases: new DynamoLeaseStore(table),
    sleep: new DynamoSleepStore(table),
    control: new DynamoControlStore(table),
    pages: new DynamoPageLedger(table),
    findings: new DynamoSecurityFindingStore(table, {
      closedFindingDays: options.retention?.closedFindingDays,
    }),
  };
}

/**
 * Creates the table with its indexes if it does not exist (idempotent). For local runs and tests only:
 * in AWS the stack creates the table (and its TTL setting, which dynalite does not support).
 */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: TABLE_DESIGN.billingMode,
        AttributeDefinitions: TABLE_DESIGN.attributes.map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: TABLE_DESIGN.globalIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: index.projection },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ResourceInUseException')) {
      throw translateDynamoError(error, 'create table', tableName);
    }
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const out = await client
      .send(new DescribeTableCommand({ TableName: tableName }))
      .catch((error: unknown) => {
        throw translateDynamoError(error, 'describe table', tableName);
      });
    const status = out.Table?.TableStatus;
    const indexesReady = (out.Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (status === 'ACTIVE' && indexesReady) {
      const present = new Set((out.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
      const missing = TABLE_DESIGN.globalIndexes.map((i) => i.name).filter((name) => !present.has(name));
      if (missing.length > 0) {
        throw new ExternalServiceError(
          'dynamodb',
          `table ${tableName} exists but lacks the index(es) ${missing.join(', ')}; it was created by an older version: delete it (locally: the state data directory) or add the indexes`,
          false,
        );
      }
      return;
    }
    // A real wait: this is a local server finishing CREATING, not domain time.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new ExternalServiceError('dynamodb', `table ${tableName} did not become ACTIVE`, true);
}
