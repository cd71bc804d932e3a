import type { BehaviourProfileInput } from '../engine/profiles.ts';
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

/** An EKS managed-node-group worker (m5.xlarge, 58 pods with the VPC CNI) as the kubelet registers it. */
export function workerNode(
  node: { name: string; ip: string; zone: string; instance: string },
  options: {
    instanceType?: string;
    cpu?: string;
    memory?: string;
    pods?: string;
    createdMinutesAgo?: number;
  } = {},
): Manifest {
  const heartbeat = '1970-01-01T00:00:00Z';
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    reason,
    message,
    lastHeartbeatTime: heartbeat,
    lastTransitionTime: heartbeat,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': options.instanceType ?? 'm5.xlarge',
        'beta.kubernetes.io/os': 'linux',
        'eks.amazonaws.com/capacityType': 'ON_DEMAND',
        'eks.amazonaws.com/nodegroup': 'general-purpose',
        'eks.amazonaws.com/nodegroup-image': 'ami-0f1e2d3c4b5a69788',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': options.instanceType ?? 'm5.xlarge',
        'topology.kubernetes.io/region': 'eu-west-1',
        'topology.kubernetes.io/zone': node.zone,
      },
      annotations: {
        'alpha.kubernetes.io/provided-node-ip': node.ip,
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { providerID: `aws:///${node.zone}/${node.instance}` },
    status: {
      capacity: {
        cpu: options.cpu ?? '4',
        'ephemeral-storage': '83873772Ki',
        memory: options.memory ?? '16093184Ki',
        pods: options.pods ?? '58',
      },
      allocatable: {
        cpu: options.cpu === undefined ? '3920m' : options.cpu,
        'ephemeral-storage': '76224326324',
        memory: options.memory ?? '15191040Ki',
        pods: options.pods ?? '58',
      },
      conditions: [
        condition(
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: node.ip },
        { type: 'InternalDNS', address: node.name },
        { type: 'Hostname', address: node.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: '3f0f2a4e-6d5c-4b7a-9e8d-1c2b3a4f5e6d',
        containerRuntimeVersion: 'containerd://1.7.25',
        kernelVersion: '6.1.127-135.201.amzn2023.x86_64',
        kubeProxyVersion: 'v1.32.3-eks-473151a',
        kubeletVersion: 'v1.32.3-eks-473151a',
        machineID: 'ec2a8f0e4b5c6d7e8f9a0b1c2d3e4f50',
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.6.20250203',
        systemUUID: 'ec2a8f0e-4b5c-6d7e-8f9a-0b1c2d3e4f50',
      },
    },
  };
}

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
