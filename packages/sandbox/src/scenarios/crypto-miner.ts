import { deployment, healthyProfile, namespace, networkPolicy, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const RESIZER = 'registry.local/media/image-resizer:3.2.0';
const GALLERY = 'registry.local/media/gallery-api:1.9.4';
const CNI = '602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon-k8s-cni:v1.19.2-eksbuild.1';
const POLICY_AGENT =
  '602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon/aws-network-policy-agent:v1.1.6-eksbuild.1';

/**
 * One pod of media/image-resizer was taken over through an image-parsing exploit and runs a
 * Monero miner that talks Stratum to a mining pool. GuardDuty Runtime Monitoring reports it
 * (`CryptoCurrency:Runtime/BitcoinTool.B!DNS`, injected with `injectRuntimeThreats`); the VPC CNI's
 * network policy agent enforces NetworkPolicies, so the pod can be isolated.
 */
export const cryptoMiner: ScenarioDefinitionInput = {
  name: 'crypto-miner',
  description:
    'One pod of media/image-resizer runs a crypto miner (/tmp/.cache/kworkerds, Stratum to pool.supportxmr.com:3333) after an image-parsing exploit; GuardDuty Runtime Monitoring reports CryptoCurrency:Runtime/BitcoinTool.B!DNS for that pod.',
  namespace: 'media',
  workload: 'image-resizer',
  expectedFix:
    'Quarantine exactly that pod (quarantine-pod): label it, apply a deny-all ingress and egress NetworkPolicy selecting it alone, take it out of its Service and ReplicaSet so that a clean replacement starts, keep it for forensics, and page with the evidence.',
  historyMinutes: 20,
  objects: [
    namespace('media', { team: 'content' }),
    deployment({
      name: 'image-resizer',
      namespace: 'media',
      image: RESIZER,
      replicas: 2,
      limits: { memory: '256Mi' },
    }),
    service('image-resizer', 'media'),
    deployment({
      name: 'gallery-api',
      namespace: 'media',
      image: GALLERY,
      replicas: 2,
      limits: { memory: '256Mi' },
    }),
    service('gallery-api', 'media'),
    networkPolicy('default-deny-ingress', 'media'),
  ],
  profiles: [
    healthyProfile(RESIZER, 'image-resizer'),
    healthyProfile(GALLERY, 'gallery-api'),
    {
      image: POLICY_AGENT,
      memoryUsageMi: 30,
      startupLog: ['{"level":"info","msg":"Network Policy agent started","enableNetworkPolicy":true}'],
    },
    { image: CNI, memoryUsageMi: 48 },
  ],
  timeline: [
    {
      atMinutes: -20,
      // The EKS add-on with `enableNetworkPolicy: "true"`: aws-node runs the network policy agent.
      patch: {
        kind: 'DaemonSet',
        namespace: 'kube-system',
        name: 'aws-node',
        patch: {
          spec: {
            template: {
              spec: {
                containers: [
                  {
                    name: 'aws-network-policy-agent',
                    image: POLICY_AGENT,
                    args: [
                      '--enable-ipv6=false',
                      '--enable-network-policy=true',
                      '--enable-cloudwatch-logs=false',
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    },
  ],
  runtimeThreats: [
    {
      namespace: 'media',
      workload: 'image-resizer',
      type: 'CryptoCurrency:Runtime/BitcoinTool.B!DNS',
      severity: 8,
      title: 'A container is querying a domain name associated with cryptocurrency-related activity.',
      process: {
        name: 'kworkerds',
        executablePath: '/tmp/.cache/kworkerds',
        executableSha256: '5e3c6f8a9d1b2c4e7f0a3b6c9d2e5f8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e',
      },
      domain: 'pool.supportxmr.com',
      remoteIp: '141.94.96.144',
      remotePort: 3333,
    },
  ],
};
