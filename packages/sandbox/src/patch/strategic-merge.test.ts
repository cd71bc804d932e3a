import { describe, expect, it } from 'vitest';
import { mergeSchemaFor } from './schema.ts';
import { applyStrategicMergePatch } from './strategic-merge.ts';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web', tier: 'front' }, finalizers: ['a'] },
  spec: {
    replicas: 2,
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'web:1',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            ports: [{ containerPort: 8080 }],
            resources: { limits: { memory: '512Mi', cpu: '500m' }, requests: { memory: '256Mi' } },
          },
          { name: 'sidecar', image: 'envoy:1' },
        ],
        volumes: [{ name: 'data', emptyDir: {} }],
      },
    },
  },
};

const schema = mergeSchemaFor('Deployment');

describe('applyStrategicMergePatch', () => {
  it('merges containers by name and keeps the other containers and fields', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        spec: {
          template: { spec: { containers: [{ name: 'web', resources: { limits: { memory: '614Mi' } } }] } },
        },
      },
      schema,
    ) as typeof deployment;
    const [web, sidecar] = patched.spec.template.spec.containers;
    expect(web?.resources).toEqual({
      limits: { memory: '614Mi', cpu: '500m' },
      requests: { memory: '256Mi' },
    });
    expect(web?.image).toBe('web:1');
    expect(sidecar).toEqual({ name: 'sidecar', image: 'envoy:1' });
    expect(deployment.spec.template.spec.containers[0]?.resources?.limits.memory).toBe('512Mi');
  });

  it('merges env by name, appends new entries and deletes with $patch: delete', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'web',
                  env: [
                    { name: 'B', value: 'two' },
                    { name: 'C', value: '3' },
                    { name: 'A', $patch: 'delete' },
                  ],
                },
              ],
            },
          },
        },
      },
      schema,
    ) as typeof deployment;
    expect(patched.spec.template.spec.containers[0]?.env).toEqual([
      { name: 'B', value: 'two' },
      { name: 'C', value: '3' },
    ]);
  });

  it('merges ports by containerPort', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        spec: {
          template: {
            spec: { containers: [{ name: 'web', ports: [{ containerPort: 9090, name: 'metrics' }] }] },
          },
        },
      },
      schema,
    ) as typeof deployment;
    expect(patched.spec.template.spec.containers[0]?.ports).toEqual([
      { containerPort: 8080 },
      { containerPort: 9090, name: 'metrics' },
    ]);
  });

  it('adds a restartedAt annotation the way kubectl rollout restart does', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        spec: {
          template: {
            metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' } },
          },
        },
      },
      schema,
    ) as { spec: { template: { metadata: Record<string, unknown> } } };
    expect(patched.spec.template.metadata).toEqual({
      labels: { app: 'web' },
      annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' },
    });
  });

  it('deletes keys set to null and replaces unmergeable lists', () => {
    const patched = applyStrategicMergePatch(
      { metadata: { labels: { a: '1', b: '2' } }, spec: { args: ['x', 'y'] } },
      { metadata: { labels: { a: null } }, spec: { args: ['z'] } },
      { fields: {} },
    );
    expect(patched).toEqual({ metadata: { labels: { b: '2' } }, spec: { args: ['z'] } });
  });

  it('replaces a whole map or list with $patch: replace', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        metadata: { labels: { $patch: 'replace', only: 'this' } },
        spec: {
          template: { spec: { containers: [{ $patch: 'replace' }, { name: 'solo', image: 'solo:1' }] } },
        },
      },
      schema,
    ) as typeof deployment;
    expect(patched.metadata.labels).toEqual({ only: 'this' });
    expect(patched.spec.template.spec.containers).toEqual([{ name: 'solo', image: 'solo:1' }]);
  });

  it('merges primitive sets and honours $deleteFromPrimitiveList', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      { metadata: { finalizers: ['b'], '$deleteFromPrimitiveList/finalizers': ['a'] } },
      schema,
    ) as typeof deployment;
    expect(patched.metadata.finalizers).toEqual(['b']);
    const union = applyStrategicMergePatch(
      deployment,
      { metadata: { finalizers: ['b', 'a'] } },
      schema,
    ) as typeof deployment;
    expect(union.metadata.finalizers).toEqual(['a', 'b']);
  });

  it('orders merged items by $setElementOrder', () => {
    const patched = applyStrategicMergePatch(
      deployment,
      {
        spec: {
          template: {
            spec: {
              '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }],
              containers: [{ name: 'web', image: 'web:2' }],
            },
          },
        },
      },
      schema,
    ) as typeof deployment;
    expect(patched.spec.template.spec.containers.map((c) => `${c.name}:${c.image}`)).toEqual([
      'sidecar:envoy:1',
      'web:web:2',
    ]);
  });

  it('keeps only $retainKeys after merging', () => {
    const patched = applyStrategicMergePatch(
      { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } },
      { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } },
      { fields: {} },
    );
    expect(patched).toEqual({ spec: { strategy: { type: 'Recreate' } } });
  });

  it('rejects list items that lack the merge key', () => {
    expect(() =>
      applyStrategicMergePatch(
        deployment,
        { spec: { template: { spec: { containers: [{ image: 'x' }] } } } },
        schema,
      ),
    ).toThrow(/merge key: name/);
  });
});
