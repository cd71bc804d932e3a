import { ValidationError } from '@sre-agent/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALERT_TEXT_CHARS } from '../detection.ts';
import {
  ALERTMANAGER_LIMITS,
  alertDedupKey,
  alertsToDetections,
  parseAlertmanagerWebhook,
} from './alertmanager.ts';

const now = new Date('2026-11-27T03:00:00Z');

function webhook(alerts: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: '4',
    groupKey: '{}:{alertname="KubePodCrashLooping"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'sre-agent',
    groupLabels: { alertname: 'KubePodCrashLooping' },
    commonLabels: { alertname: 'KubePodCrashLooping', severity: 'warning' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts,
    ...extra,
  };
}

const crashing = {
  status: 'firing',
  labels: {
    alertname: 'KubePodCrashLooping',
    namespace: 'shop',
    pod: 'order-service-7d9c-abcde',
    container: 'app',
  },
  annotations: { summary: 'Pod is crash looping.' },
  startsAt: '2026-11-27T02:58:00Z',
  endsAt: '0001-01-01T00:00:00Z',
  generatorURL: 'http://prometheus/graph',
  fingerprint: 'a1b2c3d4e5f60718',
};

describe('parseAlertmanagerWebhook', () => {
  it('accepts a version 4 payload and keeps unknown fields out of the way', () => {
    const parsed = parseAlertmanagerWebhook(webhook([{ ...crashing, extra: 1 }]));
    expect(parsed.alerts[0]?.fingerprint).toBe('a1b2c3d4e5f60718');
  });

  it('names the problem when the payload is wrong', () => {
    expect(() => parseAlertmanagerWebhook(webhook([crashing], { version: '3' }))).toThrowError(/version "4"/);
    expect(() => parseAlertmanagerWebhook(webhook([{ ...crashing, fingerprint: undefined }]))).toThrowError(
      /alerts\.0\.fingerprint/,
    );
    expect(() => parseAlertmanagerWebhook(webhook([]))).toThrowError(/at least one alert/);
    expect(() => parseAlertmanagerWebhook('nope')).toThrowError(ValidationError);
  });

  it('bounds every untrusted field and names the one that is too long', () => {
    const L = ALERTMANAGER_LIMITS;
    const withLabels = (labels: Record<string, string>) => webhook([{ ...crashing, labels }]);
    const rejects = (body: unknown) => {
      try {
        parseAlertmanagerWebhook(body);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).message;
      }
      throw new Error('accepted');
    };

    // At the limits: accepted.
    expect(() =>
      parseAlertmanagerWebhook(
        webhook(
          Array.from({ length: L.alertsPerWebhook }, (_, i) => ({
            ...crashing,
            fingerprint: `fp-${i}`,
            labels: { ...crashing.labels, ['n'.repeat(L.labelName)]: 'v'.repeat(L.labelValue) },
            annotations: { description: 'd'.repeat(L.annotationValue) },
          })),
        ),
      ),
    ).not.toThrow();

    expect(rejects(withLabels({ ...crashing.labels, pod: 'p'.repeat(L.labelValue + 1) }))).toMatch(
      /alerts\.0\.labels\.pod: label value is at most 1024 characters/,
    );
    const longName = rejects(withLabels({ ['x'.repeat(100_000)]: 'v' }));
    expect(longName).toMatch(/alerts\.0\.labels\.x{64}…: label name is at most 128 characters/);
    expect(longName.length).toBeLessThan(300);
    expect(
      rejects(webhook([{ ...crashing, annotations: { description: 'd'.repeat(L.annotationValue + 1) } }])),
    ).toMatch(/alerts\.0\.annotations\.description: annotation value is at most 4096 characters/);
    expect(
      rejects(
        withLabels(Object.fromEntries(Array.from({ length: L.labelsPerSet + 1 }, (_, i) => [`l${i}`, 'v']))),
      ),
    ).toMatch(/alerts\.0\.labels: at most 100 labels/);
    expect(rejects(webhook(Array.from({ length: L.alertsPerWebhook + 1 }, () => crashing)))).toMatch(
      /alerts: at most 100 alerts per webhook; set max_alerts: 100/,
    );
    expect(rejects(webhook([{ ...crashing, fingerprint: 'f'.repeat(129) }]))).toMatch(
      /alerts\.0\.fingerprint/,
    );
    expect(rejects(webhook([crashing], { commonLabels: { severity: 's'.repeat(2000) } }))).toMatch(
      /commonLabels\.severity/,
    );
    expect(rejects(webhook([crashing], { groupKey: 'g'.repeat(L.groupKey + 1) }))).toMatch(/groupKey/);
    expect(rejects(webhook([{ ...crashing, generatorURL: 'u'.repeat(L.url + 1) }]))).toMatch(
      /alerts\.0\.generatorURL/,
    );
  });

  it('names at most ten problems and counts the rest', () => {
    const bad = Array.from({ length: 30 }, () => ({ ...crashing, fingerprint: '' }));

    expect(() => parseAlertmanagerWebhook(webhook(bad))).toThrowError(/\(and 20 more\)$/);
  });

  it('never throws anything but a ValidationError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        try {
          parseAlertmanagerWebhook(body);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
    );
  });
});

describe('alertsToDetections', () => {
  it('turns a pod alert into a detection with the signal its name means', () => {
    const [result] = alertsToDetections(parseAlertmanagerWebhook(webhook([crashing])), 'prod', now);
    expect(result).toMatchObject({
      kind: 'detection',
      detection: {
        target: { cluster: 'prod', namespace: 'shop', kind: 'Pod', name: 'order-service-7d9c-abcde' },
        signal: 'CrashLoopBackOff',
        source: 'alertmanager',
        status: 'firing',
        container: 'app',
        fingerprint: 'a1b2c3d4e5f60718',
      },
    });
  });

  it("carries the alert's summary and description (once when they say the same), bounded", () => {
    const words = (annotations: Record<string, string>) => {
      const [result] = alertsToDetections(
        parseAlertmanagerWebhook(webhook([{ ...crashing, annotations }])),
        'prod',
        now,
      );
      return result?.kind === 'detection' ? result.detection.alertText : 'ignored';
    };
    expect(words({ summary: 'Pod is crash looping.', description: 'Other replicas are ready.' })).toBe(
      'Pod is crash looping. Other replicas are ready.',
    );
    expect(words({ summary: 'Pod is crash looping.', description: 'Pod is crash looping.' })).toBe(
      'Pod is crash looping.',
    );
    expect(words({})).toBeUndefined();
    expect(words({ description: 'x'.repeat(4000) })).toHaveLength(ALERT_TEXT_CHARS);
  });

  it('prefers the workload label, the reason label and the cluster label', () => {
    const alert = {
      ...crashing,
      labels: {
        alertname: 'KubeContainerWaiting',
        namespace: 'search',
        deployment: 'indexer',
        reason: 'ImagePullBackOff',
        cluster: 'eu',
      },
    };
    const [result] = alertsToDetections(parseAlertmanagerWebhook(webhook([alert])), 'prod', now);
    expect(result).toMatchObject({
      detection: {
        target: { cluster: 'eu', kind: 'Deployment', name: 'indexer' },
        signal: 'ImagePullBackOff',
      },
    });
  });

  it.each(['CreateContainerError', 'RunContainerError'])(
    'maps a KubeContainerWaiting alert with reason %s to its own signal',
    (reason) => {
      const alert = {
        ...crashing,
        labels: { ...crashing.labels, alertname: 'KubeContainerWaiting', reason },
      };
      const [result] = alertsToDetections(parseAlertmanagerWebhook(webhook([alert])), 'prod', now);
      expect(result).toMatchObject({ detection: { signal: reason } });
    },
  );

  it('maps node alerts to the node and ignores alerts about nothing in Kubernetes', () => {
    const node = { ...crashing, labels: { alertname: 'KubeNodeNotReady', node: 'ip-10-0-3-17' } };
    const orphan = { ...crashing, fingerprint: 'ff', labels: { alertname: 'Watchdog' } };
    const [n, o] = alertsToDetections(parseAlertmanagerWebhook(webhook([node, orphan])), 'prod', now);
    expect(n).toMatchObject({
      detection: { target: { kind: 'Node', name: 'ip-10-0-3-17', namespace: '' }, signal: 'NodeNotReady' },
    });
    expect(o).toMatchObject({ kind: 'ignored', fingerprint: 'ff' });
  });

  it('keys dedup on fingerprint, start and status', () => {
    expect(alertDedupKey(crashing as never)).toBe('am#a1b2c3d4e5f60718#2026-11-27T02:58:00Z#firing');
    expect(alertDedupKey({ ...crashing, status: 'resolved' } as never)).not.toBe(
      alertDedupKey(crashing as never),
    );
  });
});
