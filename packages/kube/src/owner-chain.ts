import * as z from 'zod';
import type { OwnerLink } from './ports.ts';

const OwnerReferenceSchema = z.object({
  kind: z.string(),
  name: z.string(),
  uid: z.string().optional(),
  controller: z.boolean().optional(),
});

const OwnedSchema = z.object({
  metadata: z
    .object({
      namespace: z.string().optional(),
      ownerReferences: z.array(OwnerReferenceSchema).optional(),
    })
    .optional(),
});

/** An object that may have owners; only `metadata.namespace` and `metadata.ownerReferences` are read. */
export type Owned = { metadata?: { namespace?: string; ownerReferences?: unknown[] } };

/**
 * Fetches an owner by kind: the object, `undefined` when it is gone, or `'unsupported'` for kinds
 * the chain cannot follow (custom resources such as Argo Rollouts end the chain).
 */
export type OwnerFetcher = (
  kind: string,
  namespace: string,
  name: string,
) => Promise<Owned | undefined | 'unsupported'>;

/** Longest chain followed; real chains are two or three links long, so more means a cycle. */
const MAX_DEPTH = 8;

/** The managing owner: the reference marked `controller`, else the first one. */
export function controllerOf(object: unknown): z.infer<typeof OwnerReferenceSchema> | undefined {
  const parsed = OwnedSchema.safeParse(object);
  const refs = parsed.success ? (parsed.data.metadata?.ownerReferences ?? []) : [];
  return refs.find((ref) => ref.controller) ?? refs[0];
}

/**
 * Walks controller owner references outwards from `object`: Pod → ReplicaSet → Deployment,
 * Pod → Job → CronJob, Pod → StatefulSet, Pod → DaemonSet. An owner that no longer exists or
 * whose kind is not followed is still listed, and ends the chain.
 */
export async function ownerChain(object: Owned, fetchOwner: OwnerFetcher): Promise<OwnerLink[]> {
  const namespace = object.metadata?.namespace ?? '';
  const chain: OwnerLink[] = [];
  const seen = new Set<string>();
  let current: unknown = object;
  while (chain.length < MAX_DEPTH) {
    const ref = controllerOf(current);
    if (!ref) break;
    const key = `${ref.kind}/${ref.name}`;
    if (seen.has(key)) break;
    seen.add(key);
    chain.push({ kind: ref.kind, name: ref.name, namespace, ...(ref.uid ? { uid: ref.uid } : {}) });
    const owner = await fetchOwner(ref.kind, namespace, ref.name);
    if (owner === undefined || owner === 'unsupported') break;
    current = owner;
  }
  return chain;
}
