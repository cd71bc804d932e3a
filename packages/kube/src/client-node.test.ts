import * as index from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import * as own from './client-node.ts';

describe('the client-node classes the agent imports from their own modules', () => {
  it('are the very classes and functions the package index exports', () => {
    const exported = new Map<string, unknown>(Object.entries(index));
    const ours = Object.entries(own);
    expect(ours.length).toBeGreaterThanOrEqual(14);
    for (const [name, value] of ours) {
      expect(value, name).toBeDefined();
      expect(value, name).toBe(exported.get(name));
    }
  });

  it('build a working API client from a kubeconfig', () => {
    const config = new own.KubeConfig();
    config.loadFromOptions({
      clusters: [{ name: 'c', server: 'https://127.0.0.1:6443', skipTLSVerify: true }],
      users: [{ name: 'u', token: 'redacted' }],
      contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
      currentContext: 'x',
    });
    expect(config.makeApiClient(own.CoreV1Api)).toBeInstanceOf(own.CoreV1Api);
  });
});
