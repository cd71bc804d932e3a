import { SHOP_PROFILES, shopObjects } from './oom-kill.ts';
import type { ScenarioDefinitionInput } from './types.ts';

export const healthy: ScenarioDefinitionInput = {
  name: 'healthy',
  description:
    'A healthy cluster: three worker nodes, kube-system, and the shop namespace with every workload Ready.',
  namespace: 'shop',
  workload: 'order-service',
  kind: 'Cluster',
  expectedFix: 'Nothing to fix: the agent should find no incident.',
  historyMinutes: 20,
  objects: shopObjects('768Mi'),
  profiles: SHOP_PROFILES,
};
