import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAlertmanagerFalco, parseFalcoAlert } from './falco.ts';
import { guardDutySeverity, parseGuardDutyFinding } from './guardduty.ts';
import { parseRuntimeFindings } from './parse-finding.ts';
import { MAX_FINDING_TEXT, RuntimeFindingSchema } from './runtime-finding.ts';

const CONTAINER = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** A GuardDuty Runtime Monitoring finding as EventBridge delivers it (the documented shape). */
function guardDutyEvent(
  overrides: { type?: string; severity?: number; workload?: Record<string, unknown> } = {},
) {
  return {
    version: '0',
    id: 'c8b4c6c2-1b1f-4d36-9d2f-2f3b6b0f7f10',
    'detail-type': 'GuardDuty Finding',
    source: 'aws.guardduty',
    account: '123456789012',
    time: '2026-12-02T03:00:00Z',
    region: 'eu-west-1',
    resources: [],
    detail: {
      schemaVersion: '2.0',
      id: '60c1a6f5d0b7d0a8e2c3b4a5f6e7d8c9',
      type: overrides.type ?? 'CryptoCurrency:Runtime/BitcoinTool.B',
      severity: overrides.severity ?? 8,
      title: 'A container is running a cryptocurrency mining tool.',
      resource: {
        resourceType: 'EKSCluster',
        eksClusterDetails: { name: 'prod-eu-1', arn: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu-1' },
        kubernetesDetails: {
          kubernetesWorkloadDetails: {
            name: 'image-resizer-7d9f8b6c5-x2x4q',
            type: 'pods',
            uid: '0b3e5f1a-6c2d-4e8f-9a7b-1c2d3e4f5a6b',
            namespace: 'media',
            containers: [
              {
                containerRuntime: 'containerd',
                id: CONTAINER,
                name: 'app',
                image: 'registry.local/media/image-resizer:3.2.0',
              },
            ],
            ...overrides.workload,
          },
        },
      },
      service: {
        serviceName: 'guardduty',
        runtimeDetails: {
          process: { name: 'xmrig', executablePath: '/tmp/xmrig', executableSha256: 'ab'.repeat(32) },
        },
        eventLastSeen: '2026-12-02T02:59:30Z',
      },
      createdAt: '2026-12-02T03:00:00Z',
      updatedAt: '2026-12-02T03:00:00Z',
    },
  };
}

const falco = (fields: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  uuid: '1b0e2f3a-4c5d-6e7f-8a9b-0c1d2e3f4a5b',
  output:
    '03:00:00.000: Critical Outbound connection to a mining pool (proc.cmdline=xmrig -o stratum+tcp://pool:3333)',
  priority: 'Critical',
  rule: 'Detect outbound connections to common miner pool ports',
  time: '2026-12-02T03:00:00.000000000Z',
  source: 'syscall',
  hostname: 'ip-10-0-1-5',
  tags: ['network', 'mitre_impact', 'T1496'],
  output_fields: {
    'k8s.ns.name': 'media',
    'k8s.pod.name': 'image-resizer-7d9f8b6c5-x2x4q',
    'container.id': CONTAINER.slice(0, 12),
    ...fields,
  },
  ...extra,
});

describe('parseGuardDutyFinding', () => {
  it('reads the pod, its container ids, the cluster and the evidence of an EventBridge event', () => {
    const parsed = parseGuardDutyFinding(guardDutyEvent());

    expect(parsed).toMatchObject({
      kind: 'finding',
      finding: {
        source: 'guardduty',
        type: 'CryptoCurrency:Runtime/BitcoinTool.B',
        severity: 'high',
        cluster: 'prod-eu-1',
        namespace: 'media',
        pod: 'image-resizer-7d9f8b6c5-x2x4q',
        podUid: '0b3e5f1a-6c2d-4e8f-9a7b-1c2d3e4f5a6b',
        containerIds: [CONTAINER],
        nodeInvolved: false,
      },
    });
    if (parsed.kind === 'finding')
      expect(parsed.finding.evidence).toContainEqual({ label: 'process', value: '/tmp/xmrig' });
  });

  it('says the node is involved for container escapes (suffixes such as !DNS ignored) and privileged containers', () => {
    const breakout = parseGuardDutyFinding(
      guardDutyEvent({ type: 'PrivilegeEscalation:Runtime/RuncContainerEscape' }),
    );
    const privileged = parseGuardDutyFinding(
      guardDutyEvent({
        workload: { containers: [{ id: CONTAINER, name: 'app', securityContext: { privileged: true } }] },
      }),
    );
    const dns = parseGuardDutyFinding(guardDutyEvent({ type: 'CryptoCurrency:Runtime/BitcoinTool.B!DNS' }));

    expect(breakout.kind === 'finding' && breakout.finding.nodeInvolved).toBe(true);
    expect(privileged.kind === 'finding' && privileged.finding.nodeInvolved).toBe(true);
    expect(dns.kind === 'finding' && dns.finding.nodeInvolved).toBe(false);
  });

  it('rejects a finding without a pod, with an invalid name, or without a container id, naming why', () => {
    const deployment = parseGuardDutyFinding(guardDutyEvent({ workload: { type: 'deployments' } }));
    const badName = parseGuardDutyFinding(guardDutyEvent({ workload: { name: '../etc/passwd' } }));
    const noContainer = parseGuardDutyFinding(
      guardDutyEvent({ workload: { containers: [{ id: 'not-hex' }] } }),
    );

    expect(deployment).toEqual({
      kind: 'rejected',
      reason: 'GuardDuty finding names a workload of type deployments, not a pod',
    });
    expect(badName.kind).toBe('rejected');
    expect(noContainer.kind).toBe('rejected');
  });

  it('maps GuardDuty severities to words by the console bands', () => {
    expect([2, 5, 7, 8.9, 9].map(guardDutySeverity)).toEqual(['low', 'medium', 'high', 'high', 'critical']);
  });
});

describe('parseFalcoAlert', () => {
  it('reads a Falcosidekick webhook body (short container id, Falco priority in words)', () => {
    expect(parseFalcoAlert(falco())).toMatchObject({
      kind: 'finding',
      finding: {
        source: 'falco',
        severity: 'critical',
        namespace: 'media',
        containerIds: [CONTAINER.slice(0, 12)],
        nodeInvolved: false,
      },
    });
  });

  it('rejects host events and says the node is involved for escape-to-host rules', () => {
    expect(parseFalcoAlert(falco({ 'container.id': 'host' })).kind).toBe('rejected');
    const breakout = parseFalcoAlert(falco({}, { tags: ['container', 'T1611'] }));
    expect(breakout.kind === 'finding' && breakout.finding.nodeInvolved).toBe(true);
  });

  it('reads Falco alerts of an Alertmanager webhook and ignores other alerts', () => {
    const webhook = {
      version: '4',
      status: 'firing',
      alerts: [
        { status: 'firing', labels: { alertname: 'HighLatency', namespace: 'media' } },
        {
          status: 'firing',
          fingerprint: 'f00dfeed',
          startsAt: '2026-12-02T03:00:00Z',
          labels: {
            source: 'falco',
            rule: 'Drop and execute new binary in container',
            priority: 'Critical',
            k8s_ns_name: 'media',
            k8s_pod_name: 'image-resizer-7d9f8b6c5-x2x4q',
            container_id: CONTAINER.slice(0, 12),
          },
          annotations: { info: 'Executing binary not part of base image' },
        },
      ],
    };
    const parsed = parseAlertmanagerFalco(webhook);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      kind: 'finding',
      finding: {
        id: 'falco-f00dfeed-2026-12-02T03:00:00Z',
        type: 'Drop and execute new binary in container',
      },
    });
  });
});

describe('parseRuntimeFindings on untrusted input', () => {
  it('never throws, and every finding it accepts is bounded and valid', () => {
    const text = fc.string({ maxLength: 3_000 });
    const anyValue = fc.anything({ maxDepth: 3 });
    const mutated = fc.oneof(
      fc
        .record({
          type: text,
          severity: fc.double(),
          workload: fc.dictionary(text, anyValue, { maxKeys: 5 }),
        })
        .map((o) => guardDutyEvent(o)),
      fc
        .dictionary(fc.constantFrom('k8s.ns.name', 'k8s.pod.name', 'container.id', 'proc.cmdline'), anyValue)
        .map((f) => falco(f)),
      fc.record({ output: text, rule: text, priority: text }).map((o) => falco({}, o)),
      anyValue,
    );
    fc.assert(
      fc.property(mutated, (input) => {
        for (const parsed of parseRuntimeFindings(input)) {
          if (parsed.kind === 'rejected') {
            expect(parsed.reason.length).toBeLessThan(600);
            continue;
          }
          expect(RuntimeFindingSchema.safeParse(parsed.finding).success).toBe(true);
          for (const e of parsed.finding.evidence)
            expect(e.value.length).toBeLessThanOrEqual(MAX_FINDING_TEXT);
        }
      }),
      { numRuns: 300 },
    );
  });
});
