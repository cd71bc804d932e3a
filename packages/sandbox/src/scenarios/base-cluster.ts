import type { NodeGroupSpecInput } from '../engine/node-group-spec.ts';
import type { BehaviourProfileInput } from '../engine/profiles.ts';
import { workerNode } from '../engine/worker-node.ts';
import { daemonSet, deployment, namespace, service } from './builders.ts';
import type { Manifest } from './types.ts';

const ECR = '602401143452.dkr.ecr.eu-west-1.amazonaws.com';

export const SYSTEM_IMAGES = {
  coredns: `${ECR}/eks/coredns:v1.11.4-eksbuild.2`,
  cni: `${ECR}/amazon-k8s-cni:v1.19.2-eksbuild.1`,
  kubeProxy: `${ECR}/eks/kube-proxy:v1.32.0-minimal-eksbuild.2`,
} as const;

/** The three worker nodes every scenario runs on (one per availability zone). */
export const WORKER_NODES = [
  {
    name: 'ip-10-0-1-23.eu-west-1.compute.internal',
    ip: '10.0.1.23',
    zone: 'eu-west-1a',
    instance: 'i-0a1b2c3d4e5f60123',
  },
  {
    name: 'ip-10-0-2-41.eu-west-1.compute.internal',
    ip: '10.0.2.41',
    zone: 'eu-west-1b',
    instance: 'i-0b2c3d4e5f6a70241',
  },
  {
    name: 'ip-10-0-3-17.eu-west-1.compute.internal',
    ip: '10.0.3.17',
    zone: 'eu-west-1c',
    instance: 'i-0c3d4e5f6a7b80317',
  },
] as const;

/** The managed node group of the three workers (its Auto Scaling group keeps three instances). */
export const BASE_NODE_GROUPS: NodeGroupSpecInput[] = [
  { name: 'general-purpose', instanceType: 'm5.xlarge', minSize: 2, desiredSize: 3, maxSize: 6 },
];

/** kube-system as EKS installs it: CoreDNS, the VPC CNI and kube-proxy. */
export function systemObjects(): Manifest[] {
  const coredns = deployment({
    name: 'coredns',
    namespace: 'kube-system',
    image: SYSTEM_IMAGES.coredns,
    replicas: 2,
    port: 53,
    labels: { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' },
    requests: { cpu: '100m', memory: '70Mi' },
    limits: { memory: '170Mi' },
    liveness: {
      httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
      initialDelaySeconds: 60,
      periodSeconds: 10,
      failureThreshold: 5,
    },
    readiness: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' }, periodSeconds: 10 },
  });
  return [
    namespace('default'),
    namespace('kube-system'),
    namespace('kube-public'),
    namespace('kube-node-lease'),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: {
        clusterIP: '172.20.0.1',
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }],
      },
    },
    coredns,
    {
      ...service('kube-dns', 'kube-system', 53, 53, { 'k8s-app': 'kube-dns' }),
      spec: {
        clusterIP: '172.20.0.10',
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        ],
      },
    },
    daemonSet({
      name: 'aws-node',
      namespace: 'kube-system',
      image: SYSTEM_IMAGES.cni,
      port: 61678,
      requests: { cpu: '25m', memory: '64Mi' },
      limits: { memory: '256Mi' },
    }),
    daemonSet({
      name: 'kube-proxy',
      namespace: 'kube-system',
      image: SYSTEM_IMAGES.kubeProxy,
      port: 10249,
      requests: { cpu: '100m', memory: '64Mi' },
      limits: { memory: '128Mi' },
    }),
  ];
}

export const SYSTEM_PROFILES: BehaviourProfileInput[] = [
  {
    image: SYSTEM_IMAGES.coredns,
    memoryUsageMi: 24,
    startupLog: [
      '.:53',
      '[INFO] plugin/reload: Running configuration SHA512 = 8a7d59126e7f114ab49c6d2613be93d8ef7d408af8ee61a710210843dc409f03133727e38f64469d9bb180f396c84ebf48a42bde3b3769730865ca9df5eb281c',
      'CoreDNS-1.11.4',
      'linux/amd64, go1.23.4, 1a7a4d2',
    ],
  },
  {
    image: SYSTEM_IMAGES.cni,
    memoryUsageMi: 48,
    startupLog: [
      '{"level":"info","ts":"{time}","caller":"entrypoint.sh","msg":"Validating env variables ..."}',
      '{"level":"info","ts":"{time}","caller":"entrypoint.sh","msg":"Install CNI binaries.."}',
      '{"level":"info","ts":"{time}","caller":"entrypoint.sh","msg":"Starting IPAM daemon in the background ... "}',
      '{"level":"info","ts":"{time}","caller":"entrypoint.sh","msg":"Successfully copied CNI plugin binary and config file."}',
    ],
  },
  {
    image: SYSTEM_IMAGES.kubeProxy,
    memoryUsageMi: 20,
    startupLog: [
      'I0101 00:00:00.000000       1 server_linux.go:66] "Using iptables proxy"',
      'I0101 00:00:00.000000       1 server.go:698] "Successfully retrieved node IP(s)" IPs=["{podIP}"]',
      'I0101 00:00:00.000000       1 config.go:199] "Starting service config controller"',
    ],
  },
];

/** The node's heartbeat Lease in kube-node-lease (renewed once, at registration: the sandbox does not renew leases). */
export function nodeLease(node: string): Manifest {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: node, namespace: 'kube-node-lease' },
    spec: { holderIdentity: node, leaseDurationSeconds: 40 },
  };
}

/** The whole base: worker nodes, system namespaces and kube-system workloads. */
export function baseObjects(): Manifest[] {
  return [
    ...WORKER_NODES.map((n) => workerNode(n)),
    ...systemObjects(),
    ...WORKER_NODES.map((n) => nodeLease(n.name)),
  ];
}
