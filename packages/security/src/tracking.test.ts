import { describe, expect, it } from 'vitest';
import { digestIsDue, MAX_DIGEST_CHARS, securityDigestNotification } from './digest.ts';
import type { Finding } from './finding.ts';
import { closingsOf } from './tracking.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'privileged',
  severity: 'critical',
  namespace: 'shop',
  kind: 'Deployment',
  name: 'checkout',
  container: 'app',
  message: 'container "app" is privileged',
  ...over,
});
const weak = finding({ id: 'weakSecret', kind: 'Secret', name: 'db', container: undefined, key: 'password' });
const empty = { findings: [], exempted: [], unreadable: [] };

describe('closingsOf', () => {
  it('closes a finding the scan no longer reports as fixed, and keeps one it still reports', () => {
    const stays = finding({ name: 'payment' });

    const closings = closingsOf([finding(), stays], { ...empty, findings: [stays] }, { secrets: true });

    expect(closings).toEqual([{ finding: finding(), resolution: 'fixed' }]);
  });

  it('fixes the findings of a deleted object or namespace on a whole-cluster scan', () => {
    const gone = finding({
      namespace: 'deleted-ns',
      kind: 'Namespace',
      name: 'deleted-ns',
      id: 'noNetworkPolicy',
    });

    expect(closingsOf([gone], empty, { secrets: false })).toEqual([{ finding: gone, resolution: 'fixed' }]);
  });

  it('keeps open what the scan did not cover: other namespaces, unread Secrets, unreadable objects', () => {
    const elsewhere = finding({ namespace: 'billing' });
    const unreadable = finding({ name: 'broken' });

    const closings = closingsOf(
      [elsewhere, weak, unreadable],
      { ...empty, unreadable: [{ kind: 'Deployment', name: 'broken', reason: 'spec is not an object' }] },
      { secrets: false, namespaces: ['shop'] },
    );

    expect(closings).toEqual([]);
  });

  it('keeps open the findings of a withheld namespace (policy.denyNamespaces), its Namespace findings too', () => {
    const denied = finding({ namespace: 'kube-system', name: 'coredns' });
    const namespace = finding({
      namespace: 'kube-system',
      kind: 'Namespace',
      name: 'kube-system',
      id: 'noNetworkPolicy',
    });

    const closings = closingsOf([denied, namespace, finding()], empty, {
      secrets: true,
      withheld: ['kube-system'],
    });

    expect(closings).toEqual([{ finding: finding(), resolution: 'fixed' }]);
  });

  it('closes a finding an exemption now covers as exempted, with the reason', () => {
    const closings = closingsOf(
      [finding()],
      { ...empty, exempted: [{ ...finding(), reason: 'CNI plugin needs it' }] },
      { secrets: true },
    );

    expect(closings).toEqual([{ finding: finding(), resolution: 'exempted', reason: 'CNI plugin needs it' }]);
  });
});

describe('securityDigestNotification', () => {
  const at = new Date('2026-01-01T10:00:00Z');

  it('counts by severity and lists new findings before fixed ones', () => {
    const low = finding({ id: 'seccompProfile_restricted', severity: 'low' });
    const digest = securityDigestNotification({
      cluster: 'prod',
      at,
      new: [finding(), low],
      open: [finding(), low, weak],
      fixed: [finding({ name: 'old' })],
      exempted: [],
    });

    expect(digest.title).toBe('Security digest for prod: 2 new, 1 fixed, 3 open');
    expect(digest.threadKey).toBe('security-digest:prod:2026-01-01T10');
    expect(digest.severity).toBe('warning');
    expect(digest.text).toMatch(/^Open findings: 3 \(2 critical, 0 high, 0 medium, 1 low\)/);
    expect(digest.text.indexOf('privileged shop/Deployment/checkout')).toBeLessThan(
      digest.text.indexOf('*Fixed* (1)'),
    );
    expect(digest.text).toContain('• privileged shop/Deployment/old');
  });

  it('stays bounded and redacted whatever the findings say', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      finding({
        name: `app-${i}`,
        message: `env DB_URL=postgres://admin:hunter2@db:5432/x ${'y'.repeat(1_500)}`,
      }),
    );

    const digest = securityDigestNotification({
      cluster: 'prod',
      at,
      new: many,
      open: many,
      fixed: many,
      exempted: [],
    });

    expect(digest.text.length).toBeLessThanOrEqual(MAX_DIGEST_CHARS);
    expect(digest.text).not.toContain('hunter2');
    expect(digest.text).toMatch(
      /…and 4\d\d more new\.[\s\S]*\*Fixed\* \(500\)[\s\S]*…and 4\d\d more fixed\./,
    );
    expect(digest.text).toMatch(/security scan --track/);
  });

  it('is due only when something appeared or went away', () => {
    const quiet = { cluster: 'prod', at, new: [], open: [finding()], fixed: [], exempted: [] };

    expect(digestIsDue(quiet)).toBe(false);
    expect(digestIsDue({ ...quiet, fixed: [weak] })).toBe(true);
  });
});
