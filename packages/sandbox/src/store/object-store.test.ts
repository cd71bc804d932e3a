import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types.ts';
import { ObjectStore } from './object-store.ts';

function pod(namespace: string, name: string, node = ''): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, uid: `${namespace}-${name}`, resourceVersion: '', creationTimestamp: '' },
    spec: { nodeName: node },
  };
}

describe('ObjectStore', () => {
  it('keeps one global resourceVersion and emits watch events with it', () => {
    const store = new ObjectStore();
    const events: string[] = [];
    store.subscribe((e) => events.push(`${e.type}:${e.object.metadata.name}@${e.resourceVersion}`));
    const a = store.create('pods', pod('shop', 'a'));
    store.create('configmaps', { ...pod('shop', 'cfg'), kind: 'ConfigMap' });
    const a2 = store.update('pods', a);
    store.delete('pods', 'shop', 'a');
    expect(a.metadata.resourceVersion).toBe('1');
    expect(a2.metadata.resourceVersion).toBe('3');
    expect(events).toEqual(['ADDED:a@1', 'ADDED:cfg@2', 'MODIFIED:a@3', 'DELETED:a@4']);
    expect(store.eventsSince(2).map((e) => e.type)).toEqual(['MODIFIED', 'DELETED']);
  });

  it('lists a namespace range in key order and pages through it without gaps or repeats', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(fc.constantFrom('a', 'b', 'shop', 'shop-2'), fc.stringMatching(/^[a-z0-9]{1,6}$/)),
          {
            selector: ([ns, name]) => `${ns}/${name}`,
            maxLength: 60,
          },
        ),
        fc.integer({ min: 1, max: 7 }),
        (entries, limit) => {
          const store = new ObjectStore();
          for (const [ns, name] of entries) store.create('pods', pod(ns, name));
          for (const namespace of [undefined, 'shop']) {
            const expected = entries
              .filter(([ns]) => namespace === undefined || ns === namespace)
              .map(([ns, name]) => `${ns}/${name}`)
              .sort();
            const seen: string[] = [];
            let after: string | undefined;
            let first = true;
            do {
              const page = store.list('pods', {
                ...(namespace ? { namespace } : {}),
                limit,
                ...(after ? { continueAfter: after } : {}),
              });
              if (first && page.continueAfter) expect(page.remaining).toBe(expected.length - limit);
              first = false;
              seen.push(...page.items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
              after = page.continueAfter;
            } while (after);
            expect(seen).toEqual(expected);
          }
        },
      ),
    );
  });

  it('maintains secondary indexes and their revisions across updates and deletes', () => {
    const store = new ObjectStore();
    store.addIndex('by-node', 'pods', (o) => [String((o.spec as { nodeName?: string }).nodeName ?? '')]);
    const a = store.create('pods', pod('shop', 'a'));
    store.create('pods', pod('shop', 'b', 'n1'));
    expect(store.byIndex('by-node', '').map((o) => o.metadata.name)).toEqual(['a']);
    const before = store.indexRevision('by-node', 'n1');
    store.update('pods', { ...a, spec: { nodeName: 'n1' } });
    expect(store.byIndex('by-node', '')).toEqual([]);
    expect(
      store
        .byIndex('by-node', 'n1')
        .map((o) => o.metadata.name)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(store.indexRevision('by-node', 'n1')).toBeGreaterThan(before);
    store.delete('pods', 'shop', 'b');
    expect(store.byIndex('by-node', 'n1').map((o) => o.metadata.name)).toEqual(['a']);
    expect(store.deletions).toBe(1);
  });
});
