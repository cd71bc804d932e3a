import { describe, expect, it } from 'vitest';
import { controllerOf, type Owned, ownerChain } from './owner-chain.ts';

const owned = (
  namespace: string,
  ...refs: { kind: string; name: string; controller?: boolean }[]
): Owned => ({
  metadata: { namespace, ownerReferences: refs.map((r) => ({ uid: `uid-${r.name}`, ...r })) },
});

describe('ownerChain', () => {
  it('walks Pod → ReplicaSet → Deployment', async () => {
    const objects: Record<string, Owned> = {
      'ReplicaSet/web-7d9c': owned('shop', { kind: 'Deployment', name: 'web', controller: true }),
      'Deployment/web': owned('shop'),
    };
    const fetched: string[] = [];

    const chain = await ownerChain(
      owned('shop', { kind: 'ReplicaSet', name: 'web-7d9c', controller: true }),
      async (kind, ns, name) => {
        fetched.push(`${ns}/${kind}/${name}`);
        return objects[`${kind}/${name}`];
      },
    );

    expect(chain).toEqual([
      { kind: 'ReplicaSet', name: 'web-7d9c', namespace: 'shop', uid: 'uid-web-7d9c' },
      { kind: 'Deployment', name: 'web', namespace: 'shop', uid: 'uid-web' },
    ]);
    expect(fetched).toEqual(['shop/ReplicaSet/web-7d9c', 'shop/Deployment/web']);
  });

  it('lists an owner that is gone or of a kind it cannot follow, and stops there', async () => {
    const gone = await ownerChain(owned('b', { kind: 'Job', name: 'nightly-1' }), async () => undefined);
    const custom = await ownerChain(owned('c', { kind: 'Rollout', name: 'r' }), async () => 'unsupported');

    expect(gone).toEqual([{ kind: 'Job', name: 'nightly-1', namespace: 'b', uid: 'uid-nightly-1' }]);
    expect(custom.map((l) => l.kind)).toEqual(['Rollout']);
  });

  it('stops on an ownership cycle', async () => {
    const chain = await ownerChain(owned('x', { kind: 'ReplicaSet', name: 'a' }), async () =>
      owned('x', { kind: 'ReplicaSet', name: 'a' }),
    );

    expect(chain).toHaveLength(1);
  });

  it('returns an empty chain for a bare pod', async () => {
    expect(await ownerChain(owned('x'), async () => undefined)).toEqual([]);
  });
});

describe('controllerOf', () => {
  it('prefers the controller reference over the first one', () => {
    const ref = controllerOf(
      owned('x', { kind: 'A', name: 'a' }, { kind: 'B', name: 'b', controller: true }),
    );

    expect(ref?.kind).toBe('B');
  });
});
