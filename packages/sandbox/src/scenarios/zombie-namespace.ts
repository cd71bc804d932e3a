import { deployment, healthyProfile, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const SITE = 'registry.local/marketing/campaign-site:2025.11.3';
const WORKER = 'registry.local/marketing/lead-sync:0.9.1';

/**
 * A namespace nobody uses: last autumn's campaign site and its lead-sync worker, still running
 * (and still reserving CPU and memory) three weeks after the campaign ended.
 */
export const zombieNamespace: ScenarioDefinitionInput = {
  name: 'zombie-namespace',
  description:
    'The marketing-campaign namespace: a site and a worker nobody has called, deployed or scaled for three weeks.',
  namespace: 'marketing-campaign',
  workload: 'campaign-site',
  kind: 'Cluster',
  expectedFix:
    'Nothing to heal: the cost sentinel reports marketing-campaign as a zombie namespace (every signal quiet for more than 48 hours) and what it costs.',
  historyMinutes: 20,
  objects: [
    namespace('marketing-campaign', { team: 'marketing' }),
    deployment({
      name: 'campaign-site',
      namespace: 'marketing-campaign',
      image: SITE,
      replicas: 2,
      requests: { cpu: '250m', memory: '256Mi' },
      limits: { memory: '512Mi' },
    }),
    service('campaign-site', 'marketing-campaign'),
    deployment({
      name: 'lead-sync',
      namespace: 'marketing-campaign',
      image: WORKER,
      replicas: 1,
      requests: { cpu: '200m', memory: '384Mi' },
      limits: { memory: '512Mi' },
    }),
  ],
  profiles: [healthyProfile(SITE, 'campaign-site'), healthyProfile(WORKER, 'lead-sync')],
  abandoned: [{ namespace: 'marketing-campaign', idleMinutes: 21 * 24 * 60 }],
};
