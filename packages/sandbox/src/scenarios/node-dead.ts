import { NODEGROUP_LABEL } from '../engine/controllers/node-group.ts';
import { kubeletFact } from '../engine/environment.ts';
import { workerNode } from '../engine/worker-node.ts';
import { nodeLease } from './base-cluster.ts';
import { type AppSpec, deployment, namespace, pdb } from './builders.ts';
import type { Manifest, ScenarioDefinitionInput } from './types.ts';

/** The batch node group: two c6i.2xlarge, tainted so that only batch work runs there. */
export const BATCH_GROUP = 'batch-c6i';
const BATCH_TAINT = { key: 'dedicated', value: 'batch', effect: 'NoSchedule' as const };
const BATCH_NODES = [
  {
    name: 'ip-10-0-1-142.eu-west-1.compute.internal',
    ip: '10.0.1.142',
    zone: 'eu-west-1a',
    instance: 'i-0d4e5f6a7b8c90142',
  },
  {
    name: 'ip-10-0-2-208.eu-west-1.compute.internal',
    ip: '10.0.2.208',
    zone: 'eu-west-1b',
    instance: 'i-0e5f6a7b8c9d00208',
  },
] as const;
/** The node whose kubelet is gone for good. */
export const DEAD_NODE = BATCH_NODES[1].name;
export const DEAD_INSTANCE = BATCH_NODES[1].instance;

const TRANSCODER = 'registry.local/media/video-transcoder:5.2.0';
const THUMBNAILS = 'registry.local/media/thumbnail-worker:2.0.7';

/** A batch Deployment: scheduled on the batch node group only (node selector + toleration). */
function batchDeployment(app: AppSpec): Manifest {
  const manifest = deployment(app) as Manifest & {
    spec: { template: { spec: Record<string, unknown> } };
  };
  manifest.spec.template.spec.nodeSelector = { [NODEGROUP_LABEL]: BATCH_GROUP };
  manifest.spec.template.spec.tolerations = [{ ...BATCH_TAINT, operator: 'Equal' }];
  return manifest;
}

export const nodeDead: ScenarioDefinitionInput = {
  name: 'node-dead',
  description: `Node ${DEAD_NODE} (node group ${BATCH_GROUP}, instance ${DEAD_INSTANCE}) lost its kubelet 6 minutes ago and it will not come back: containerd deadlocked ("PLEG is not healthy"), the kubelet stopped posting status, and the node is NotReady with the unreachable taints. The EC2 instance still passes its status checks, so the Auto Scaling group sees nothing wrong. The media transcoders on it are stuck not Ready.`,
  namespace: 'media',
  workload: DEAD_NODE,
  kind: 'Node',
  expectedFix: `Cordon and drain the node (its pods move to the other ${BATCH_GROUP} node, which has room for them), then replace it: terminate its instance in node group ${BATCH_GROUP} keeping the desired capacity (\`sandbox.nodeGroups.terminateInstance('${DEAD_NODE}', { decrementDesiredCapacity: false })\`, like \`aws autoscaling terminate-instance-in-auto-scaling-group --instance-id ${DEAD_INSTANCE} --no-should-decrement-desired-capacity\`). The Node object disappears a minute later and a fresh node is Ready about 4 minutes after the termination. Nothing else brings it back: the kubelet never posts status again, so "resolved" before the replacement is false.`,
  historyMinutes: 30,
  nodeGroups: [
    {
      name: BATCH_GROUP,
      instanceType: 'c6i.2xlarge',
      minSize: 2,
      desiredSize: 2,
      maxSize: 4,
      zones: ['eu-west-1a', 'eu-west-1b'],
      labels: { 'workload-class': 'batch' },
      taints: [BATCH_TAINT],
    },
  ],
  objects: [
    ...BATCH_NODES.map((n) =>
      workerNode(n, {
        instanceType: 'c6i.2xlarge',
        nodeGroup: BATCH_GROUP,
        labels: { 'workload-class': 'batch' },
        taints: [BATCH_TAINT],
      }),
    ),
    ...BATCH_NODES.map((n) => nodeLease(n.name)),
    namespace('media', { team: 'video' }),
    batchDeployment({
      name: 'video-transcoder',
      namespace: 'media',
      image: TRANSCODER,
      replicas: 4,
      requests: { cpu: '1500m', memory: '2Gi' },
      limits: { memory: '3Gi' },
      readiness: false,
      liveness: false,
    }),
    pdb('video-transcoder', 'media', 2),
    batchDeployment({
      name: 'thumbnail-worker',
      namespace: 'media',
      image: THUMBNAILS,
      replicas: 2,
      requests: { cpu: '500m', memory: '512Mi' },
      limits: { memory: '768Mi' },
      readiness: false,
      liveness: false,
    }),
  ],
  timeline: [{ atMinutes: -6, fact: { name: kubeletFact(DEAD_NODE), value: false } }],
  profiles: [
    {
      image: TRANSCODER,
      memoryUsageMi: 1400,
      startupLog: [
        '{"level":"info","ts":"{time}","msg":"video-transcoder 5.2.0 starting","ffmpeg":"7.1","hwaccel":"none"}',
        '{"level":"info","ts":"{time}","msg":"consuming","queue":"https://sqs.eu-west-1.amazonaws.com/123456789012/media-transcode-jobs","concurrency":2}',
      ],
      steadyLog: {
        everySeconds: 45,
        lines: [
          '{"level":"info","ts":"{time}","msg":"job done","job":"tj_{id}","renditions":["1080p","720p","480p"],"duration_s":41.7,"speed":"3.1x"}',
        ],
      },
    },
    {
      image: THUMBNAILS,
      memoryUsageMi: 220,
      startupLog: ['{"level":"info","ts":"{time}","msg":"thumbnail-worker 2.0.7 listening for jobs"}'],
      steadyLog: {
        everySeconds: 20,
        lines: ['{"level":"info","ts":"{time}","msg":"thumbnails written","asset":"as_{id}","count":12}'],
      },
    },
  ],
};
