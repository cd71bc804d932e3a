import { dynamoTableArgs } from './manifest.ts';

/** The single DynamoDB table of the state package (keys, GSIs, TTL from its `TABLE_DESIGN`). */
export function createStorage() {
  const production = $app.stage === 'production';
  const table = new sst.aws.Dynamo('State', {
    ...dynamoTableArgs(),
    deletionProtection: production,
    transform: {
      table: (args) => {
        // Incidents and the audit trail are the agent's memory of what it did: keep 35 days of history.
        args.pointInTimeRecovery = { enabled: true };
      },
    },
  });
  return { table };
}
