import { deployment, healthyProfile, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const INDEXER_PUSHED = 'registry.local/search/search-indexer:3.8.2';
const INDEXER_MISSING = 'registry.local/search/search-indexer:3.9.0';
const SEARCH_API = 'registry.local/search/search-api:5.2.1';

export const imagePullBackoff: ScenarioDefinitionInput = {
  name: 'image-pull-backoff',
  description:
    'search/search-indexer was deployed 8 minutes ago with image tag 3.9.0, which was never pushed (the CI publish step failed): ErrImagePull, then ImagePullBackOff ("not found").',
  namespace: 'search',
  workload: 'search-indexer',
  expectedFix:
    'Nothing the agent may do fixes a missing image: escalate to humans (push the image, or set the tag to one that exists, e.g. 3.8.2). Restarts do not help.',
  historyMinutes: 20,
  objects: [
    namespace('search', { team: 'discovery' }),
    deployment({ name: 'search-api', namespace: 'search', image: SEARCH_API, replicas: 2 }),
    service('search-api', 'search'),
  ],
  timeline: [
    {
      atMinutes: -8,
      apply: [
        deployment({
          name: 'search-indexer',
          namespace: 'search',
          image: INDEXER_MISSING,
          replicas: 2,
          limits: { memory: '512Mi' },
        }),
      ],
    },
  ],
  profiles: [
    healthyProfile(INDEXER_PUSHED, 'search-indexer', { memoryUsageMi: 210 }),
    healthyProfile(SEARCH_API, 'search-api'),
  ],
};
