import { configMap, deployment, healthyProfile, namespace, networkPolicy, pdb, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const ORDER_SERVICE = 'registry.local/shop/order-service:1.4.2';
const CART = 'registry.local/shop/cart-service:2.0.7';
const FRONTEND = 'registry.local/shop/shop-frontend:5.12.0';

/** Objects of the `shop` namespace; `orderMemoryLimit` decides whether order-service fits. */
export function shopObjects(orderMemoryLimit: string, orderImage = ORDER_SERVICE) {
  return [
    namespace('shop', { team: 'commerce', 'pod-security.kubernetes.io/enforce': 'baseline' }),
    configMap('order-service-config', 'shop', {
      LOG_LEVEL: 'info',
      CATALOG_CACHE: 'in-memory',
      PORT: '8080',
    }),
    deployment({
      name: 'order-service',
      namespace: 'shop',
      image: orderImage,
      replicas: 2,
      env: [
        { name: 'NODE_ENV', value: 'production' },
        { name: 'NODE_OPTIONS', value: '--max-old-space-size=1536' },
      ],
      envFrom: [{ configMapRef: { name: 'order-service-config' } }],
      requests: { cpu: '250m', memory: '384Mi' },
      limits: { memory: orderMemoryLimit },
    }),
    service('order-service', 'shop'),
    deployment({
      name: 'cart-service',
      namespace: 'shop',
      image: CART,
      replicas: 2,
      limits: { memory: '256Mi' },
    }),
    service('cart-service', 'shop'),
    deployment({
      name: 'shop-frontend',
      namespace: 'shop',
      image: FRONTEND,
      replicas: 3,
      limits: { memory: '256Mi' },
    }),
    service('shop-frontend', 'shop'),
    pdb('shop-frontend', 'shop', 2),
    networkPolicy('default-deny-ingress', 'shop'),
  ];
}

export const SHOP_PROFILES = [
  {
    image: ORDER_SERVICE,
    memoryUsageMi: 600,
    memoryRampSeconds: 45,
    startupLog: [
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"order-service 1.4.2 starting (node v20.18.1)"}',
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"connected to postgres orders-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com:5432"}',
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"warming product catalog cache","items":48213}',
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"catalog cache ready","items":48213,"heapUsedMB":412}',
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"server listening","port":8080}',
    ],
    steadyLog: {
      everySeconds: 4,
      lines: [
        '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","req":{"method":"POST","url":"/api/orders"},"res":{"statusCode":201},"responseTime":38,"msg":"request completed","orderId":"ord_{id}"}',
        '{"level":40,"time":"{time}","pid":1,"hostname":"{pod}","msg":"memory usage high","rssMB":587,"heapUsedMB":551,"limitMB":{limitMi}}',
      ],
    },
  },
  {
    image: 'registry.local/shop/order-service:1.4.1',
    memoryUsageMi: 380,
    startupLog: [
      '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"order-service 1.4.1 starting (node v20.18.1)"}',
    ],
  },
  healthyProfile(CART, 'cart-service'),
  healthyProfile(FRONTEND, 'shop-frontend', { memoryUsageMi: 140 }),
];

export const oomKill: ScenarioDefinitionInput = {
  name: 'oom-kill',
  description:
    'shop/order-service (Node.js) needs ~600Mi since its product catalog grew, but its memory limit is 512Mi: every container is OOMKilled (exit 137) about 45s after start and the pods are in CrashLoopBackOff.',
  namespace: 'shop',
  workload: 'order-service',
  expectedFix:
    'Raise the memory limit of container order-service by 20% (512Mi → 614Mi, above the ~600Mi it uses). A restart (delete pod, rollout restart) does not help.',
  historyMinutes: 25,
  objects: shopObjects('512Mi'),
  profiles: SHOP_PROFILES,
};
