import { kubeletFact } from '../engine/environment.ts';
import { deployment, healthyProfile, namespace, pdb, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

export const LOST_NODE = 'ip-10-0-3-17.eu-west-1.compute.internal';
const WEB = 'registry.local/storefront/storefront-web:7.4.1';
const PRODUCTS = 'registry.local/storefront/product-api:3.0.9';
const RESIZER = 'registry.local/storefront/image-resizer:1.6.0';

export const nodeNotReady: ScenarioDefinitionInput = {
  name: 'node-not-ready',
  description: `Node ${LOST_NODE} stopped posting status 4 minutes ago (kubelet down after an EBS volume stall): it is NotReady with the node.kubernetes.io/unreachable taints, and the storefront pods on it are stuck not Ready. The sandbox has no taint-based eviction, so nothing moves them.`,
  namespace: 'storefront',
  workload: LOST_NODE,
  kind: 'Node',
  expectedFix: `Cordon and drain the node (\`kubectl drain ${LOST_NODE} --ignore-daemonsets --delete-emptydir-data\`): evicted pods are recreated on the healthy nodes and the storefront deployments become available again. The node itself stays NotReady until its kubelet comes back (fact "kubeletRunning/${LOST_NODE}").`,
  historyMinutes: 30,
  objects: [
    namespace('storefront', { team: 'web' }),
    deployment({ name: 'storefront-web', namespace: 'storefront', image: WEB, replicas: 3 }),
    service('storefront-web', 'storefront'),
    pdb('storefront-web', 'storefront', 2),
    deployment({ name: 'product-api', namespace: 'storefront', image: PRODUCTS, replicas: 3 }),
    service('product-api', 'storefront'),
    deployment({
      name: 'image-resizer',
      namespace: 'storefront',
      image: RESIZER,
      replicas: 3,
      volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '1Gi' } }],
      volumeMounts: [{ name: 'scratch', mountPath: '/var/cache/resizer' }],
    }),
  ],
  timeline: [{ atMinutes: -4, fact: { name: kubeletFact(LOST_NODE), value: false } }],
  profiles: [
    healthyProfile(WEB, 'storefront-web'),
    healthyProfile(PRODUCTS, 'product-api'),
    healthyProfile(RESIZER, 'image-resizer', { memoryUsageMi: 180 }),
  ],
};
