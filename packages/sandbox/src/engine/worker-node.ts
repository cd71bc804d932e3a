import type { NodeStatus, Taint } from '../resources/types.ts';

/** What the kubelet of each EC2 instance type registers (allocatable after the EKS AMI's reservations; pods with the VPC CNI). */
export const INSTANCE_TYPES = {
  'm5.large': {
    cpu: '2',
    allocatableCpu: '1930m',
    memory: '7910348Ki',
    allocatableMemory: '7220172Ki',
    pods: '29',
  },
  'm5.xlarge': {
    cpu: '4',
    allocatableCpu: '3920m',
    memory: '16093184Ki',
    allocatableMemory: '15191040Ki',
    pods: '58',
  },
  'm5.2xlarge': {
    cpu: '8',
    allocatableCpu: '7910m',
    memory: '32475152Ki',
    allocatableMemory: '31162384Ki',
    pods: '58',
  },
  'c6i.2xlarge': {
    cpu: '8',
    allocatableCpu: '7910m',
    memory: '16010172Ki',
    allocatableMemory: '15108028Ki',
    pods: '58',
  },
  'r6i.xlarge': {
    cpu: '4',
    allocatableCpu: '3920m',
    memory: '32475152Ki',
    allocatableMemory: '31572008Ki',
    pods: '58',
  },
} as const;
export type InstanceType = keyof typeof INSTANCE_TYPES;

/** A Node as the kubelet registers it (plain data; the API server fills in uid and timestamps). */
export type WorkerNodeManifest = {
  apiVersion: 'v1';
  kind: 'Node';
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
  spec: { providerID: string; taints?: Taint[] };
  status: NodeStatus;
};

export type WorkerNodeOptions = {
  instanceType?: string;
  /** The EKS managed node group (`eks.amazonaws.com/nodegroup`); default `general-purpose`. */
  nodeGroup?: string;
  /** Extra labels of the node group. */
  labels?: Record<string, string>;
  taints?: Taint[];
  cpu?: string;
  memory?: string;
  pods?: string;
  /** `false`: registered, but the CNI is not ready yet (a node that is still booting). */
  ready?: boolean;
  /** Heartbeat and transition time of the conditions (default: the epoch; the loader sets fresh ones). */
  heartbeat?: string;
};

const NOT_READY_MESSAGE =
  'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';

/** An EKS managed-node-group worker (m5.xlarge, 58 pods with the VPC CNI by default) as the kubelet registers it. */
export function workerNode(
  node: { name: string; ip: string; zone: string; instance: string },
  options: WorkerNodeOptions = {},
): WorkerNodeManifest {
  const heartbeat = options.heartbeat ?? '1970-01-01T00:00:00Z';
  const instanceType = options.instanceType ?? 'm5.xlarge';
  const known = INSTANCE_TYPES[instanceType as InstanceType] ?? INSTANCE_TYPES['m5.xlarge'];
  const condition = (type: string, status: 'True' | 'False', reason: string, message: string) => ({
    type,
    status,
    reason,
    message,
    lastHeartbeatTime: heartbeat,
    lastTransitionTime: heartbeat,
  });
  const ready = options.ready ?? true;
  // Stable per-instance identifiers, derived from the instance id.
  const id = node.instance.replace(/^i-/, '').padEnd(17, '0');
  const uuid = `ec2${id.slice(0, 5)}-${id.slice(5, 9)}-${id.slice(9, 13)}-${id.slice(13, 17)}-${id.slice(0, 12)}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': instanceType,
        'beta.kubernetes.io/os': 'linux',
        'eks.amazonaws.com/capacityType': 'ON_DEMAND',
        'eks.amazonaws.com/nodegroup': options.nodeGroup ?? 'general-purpose',
        'eks.amazonaws.com/nodegroup-image': 'ami-0f1e2d3c4b5a69788',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': instanceType,
        'topology.kubernetes.io/region': 'eu-west-1',
        'topology.kubernetes.io/zone': node.zone,
        ...(options.labels ?? {}),
      },
      annotations: {
        'alpha.kubernetes.io/provided-node-ip': node.ip,
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      providerID: `aws:///${node.zone}/${node.instance}`,
      ...(options.taints?.length || !ready
        ? {
            taints: [
              ...(options.taints ?? []),
              ...(ready ? [] : [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }]),
            ],
          }
        : {}),
    },
    status: {
      capacity: {
        cpu: options.cpu ?? known.cpu,
        'ephemeral-storage': '83873772Ki',
        memory: options.memory ?? known.memory,
        pods: options.pods ?? known.pods,
      },
      allocatable: {
        cpu: options.cpu ?? known.allocatableCpu,
        'ephemeral-storage': '76224326324',
        memory: options.memory ?? known.allocatableMemory,
        pods: options.pods ?? known.pods,
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
        ready
          ? condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
          : condition('Ready', 'False', 'KubeletNotReady', NOT_READY_MESSAGE),
      ],
      addresses: [
        { type: 'InternalIP', address: node.ip },
        { type: 'InternalDNS', address: node.name },
        { type: 'Hostname', address: node.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: uuid.replace(/^ec2/, '3f0'),
        containerRuntimeVersion: 'containerd://1.7.25',
        kernelVersion: '6.1.127-135.201.amzn2023.x86_64',
        kubeProxyVersion: 'v1.32.3-eks-473151a',
        kubeletVersion: 'v1.32.3-eks-473151a',
        machineID: uuid.replaceAll('-', ''),
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.6.20250203',
        systemUUID: uuid,
      },
    },
  };
}
