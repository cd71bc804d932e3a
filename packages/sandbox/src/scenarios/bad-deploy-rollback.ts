import { deployment, healthyProfile, hpa, namespace, pdb, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const GOOD = 'registry.local/checkout/checkout-web:2.3.0';
const BAD = 'registry.local/checkout/checkout-web:2.4.0';
const GATEWAY = 'registry.local/checkout/payment-gateway-adapter:1.2.0';

export const badDeployRollback: ScenarioDefinitionInput = {
  name: 'bad-deploy-rollback',
  description:
    'checkout/checkout-web: revision 1 (2.3.0) ran fine; revision 2 (2.4.0), rolled out 6 minutes ago, panics at startup (nil pointer dereference in the new promo-code middleware). The rollout is stuck: the new pod crash-loops while the old ones still serve.',
  namespace: 'checkout',
  workload: 'checkout-web',
  expectedFix:
    'Roll back to the previous revision (`kubectl rollout undo deployment/checkout-web -n checkout`): the 2.3.0 ReplicaSet takes over and the crashing pods go away. Restarts do not help.',
  historyMinutes: 40,
  objects: [
    namespace('checkout', { team: 'checkout' }),
    deployment({
      name: 'checkout-web',
      namespace: 'checkout',
      image: GOOD,
      replicas: 3,
      annotations: { 'kubernetes.io/change-cause': 'helm upgrade checkout-web --set image.tag=2.3.0' },
      requests: { cpu: '200m', memory: '128Mi' },
      limits: { memory: '256Mi' },
    }),
    service('checkout-web', 'checkout'),
    pdb('checkout-web', 'checkout', 2),
    hpa('checkout-web', 'checkout', 3, 10),
    deployment({ name: 'payment-gateway-adapter', namespace: 'checkout', image: GATEWAY, replicas: 2 }),
    service('payment-gateway-adapter', 'checkout'),
  ],
  timeline: [
    {
      atMinutes: -6,
      patch: {
        kind: 'Deployment',
        namespace: 'checkout',
        name: 'checkout-web',
        patch: {
          metadata: {
            annotations: { 'kubernetes.io/change-cause': 'helm upgrade checkout-web --set image.tag=2.4.0' },
          },
          spec: { template: { spec: { containers: [{ name: 'checkout-web', image: BAD }] } } },
        },
      },
    },
  ],
  profiles: [
    healthyProfile(GOOD, 'checkout-web'),
    {
      image: BAD,
      memoryUsageMi: 40,
      startupLog: [
        '{"level":"info","ts":"{time}","caller":"cmd/main.go:41","msg":"starting checkout-web","version":"2.4.0","commit":"e41b7d0"}',
        '{"level":"info","ts":"{time}","caller":"promo/middleware.go:27","msg":"loading promo-code rules"}',
      ],
      failures: [
        {
          effect: 'crash',
          afterSeconds: 2,
          exitCode: 2,
          log: [
            'panic: runtime error: invalid memory address or nil pointer dereference',
            '[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x9c3f1a]',
            '',
            'goroutine 1 [running]:',
            'github.com/acme/checkout-web/internal/promo.(*RuleSet).Compile(0x0, {0xc0001a6000, 0x3, 0x4})',
            '\t/src/internal/promo/rules.go:88 +0x3a',
            'github.com/acme/checkout-web/internal/promo.NewMiddleware({0x0, 0x0}, 0xc000138e40)',
            '\t/src/internal/promo/middleware.go:31 +0x95',
            'main.run({0xc0000a4000, 0x1, 0x1})',
            '\t/src/cmd/main.go:67 +0x4b2',
            'main.main()',
            '\t/src/cmd/main.go:43 +0x25',
          ],
        },
      ],
    },
    healthyProfile(GATEWAY, 'payment-gateway-adapter'),
  ],
};
