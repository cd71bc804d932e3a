import { deployment, healthyProfile, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const CATALOG = 'registry.local/catalog/catalog-api:1.9.0';
const SEARCH = 'registry.local/catalog/price-feed:0.14.2';

export const crashloopMissingConfig: ScenarioDefinitionInput = {
  name: 'crashloop-missing-config',
  description:
    'catalog/catalog-api was deployed 9 minutes ago reading DB_USER/DB_PASSWORD from Secret catalog-db-credentials, which was never created (the ExternalSecret sync failed): its containers cannot be created (CreateContainerConfigError: secret "catalog-db-credentials" not found).',
  namespace: 'catalog',
  workload: 'catalog-api',
  expectedFix:
    'Create the Secret catalog-db-credentials (keys username and password), e.g. `kubectl -n catalog create secret generic catalog-db-credentials --from-literal=username=... --from-literal=password=...`; the kubelet then starts the containers. Restarts do not help; without the credentials, escalate.',
  historyMinutes: 25,
  objects: [
    namespace('catalog', { team: 'catalog' }),
    deployment({ name: 'price-feed', namespace: 'catalog', image: SEARCH, replicas: 1 }),
  ],
  timeline: [
    {
      atMinutes: -9,
      apply: [
        deployment({
          name: 'catalog-api',
          namespace: 'catalog',
          image: CATALOG,
          replicas: 2,
          env: [
            { name: 'DB_HOST', value: 'catalog-db.cluster-cq8e2a1xk0tp.eu-west-1.rds.amazonaws.com' },
            {
              name: 'DB_USER',
              valueFrom: { secretKeyRef: { name: 'catalog-db-credentials', key: 'username' } },
            },
            {
              name: 'DB_PASSWORD',
              valueFrom: { secretKeyRef: { name: 'catalog-db-credentials', key: 'password' } },
            },
          ],
        }),
        service('catalog-api', 'catalog'),
      ],
    },
  ],
  profiles: [
    healthyProfile(CATALOG, 'catalog-api', {
      startupLog: [
        '{"level":"info","time":"{time}","msg":"starting catalog-api","version":"1.9.0"}',
        '{"level":"info","time":"{time}","msg":"connected to database","host":"catalog-db.cluster-cq8e2a1xk0tp.eu-west-1.rds.amazonaws.com"}',
        '{"level":"info","time":"{time}","msg":"listening","addr":":8080"}',
      ],
    }),
    healthyProfile(SEARCH, 'price-feed'),
  ],
};
