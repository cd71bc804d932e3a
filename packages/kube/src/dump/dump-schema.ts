import * as z from 'zod';

/** What one dump may hold at most; a dump is untrusted input (anyone can hand one over). */
export type DumpBounds = {
  /** Largest list file read (`pods.json`, ...), in bytes. */
  maxListBytes: number;
  /** Most items kept of one list. */
  maxItems: number;
  /** Most namespace directories read. */
  maxNamespaces: number;
  /** Longest string kept anywhere in an object; longer ones keep their head. */
  maxStringChars: number;
  /** Deepest nesting kept in an object; deeper values are dropped. */
  maxDepth: number;
  /** Most elements kept of an array inside an object. */
  maxArrayItems: number;
};

export const DEFAULT_DUMP_BOUNDS: DumpBounds = {
  maxListBytes: 512 * 1024 * 1024,
  maxItems: 200_000,
  maxNamespaces: 10_000,
  maxStringChars: 64 * 1024,
  maxDepth: 48,
  maxArrayItems: 4096,
};

/**
 * A copy of parsed JSON within the bounds: long strings cut, deep values and long arrays dropped,
 * `null` fields removed (kubectl prints `"lastTimestamp": null` for what the API leaves unset).
 */
export function boundJson(value: unknown, bounds: DumpBounds, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > bounds.maxStringChars ? `${value.slice(0, bounds.maxStringChars)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= bounds.maxDepth) return undefined;
  if (Array.isArray(value))
    return value.slice(0, bounds.maxArrayItems).map((item) => boundJson(item, bounds, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || key === '__proto__') continue;
    const bounded = boundJson(item, bounds, depth + 1);
    if (bounded !== undefined) out[key.slice(0, 512)] = bounded;
  }
  return out;
}

const Name = z.string().min(1).max(253);
const Timestamp = z.string().max(64);

const OwnerReferenceSchema = z.looseObject({
  kind: z.string().max(253),
  name: z.string().max(253),
  uid: z.string().max(128).optional(),
  controller: z.boolean().optional(),
});

/** The metadata the reader relies on: names, labels, owners, creation time. */
const MetadataSchema = z.looseObject({
  name: Name,
  namespace: z.string().max(253).optional(),
  uid: z.string().max(128).optional(),
  labels: z.record(z.string().max(317), z.string().max(1024)).optional(),
  annotations: z.record(z.string().max(317), z.string()).optional(),
  ownerReferences: z.array(OwnerReferenceSchema).optional(),
  creationTimestamp: Timestamp.optional(),
});

const ContainerSchema = z.looseObject({ name: z.string().min(1).max(253) });

/** Any namespaced or cluster object: what every list item must at least be. */
export const ObjectSchema = z.looseObject({ metadata: MetadataSchema });

export const PodSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z
    .looseObject({
      containers: z.array(ContainerSchema).optional(),
      initContainers: z.array(ContainerSchema).optional(),
      nodeName: z.string().max(253).optional(),
    })
    .optional(),
  status: z.looseObject({ phase: z.string().max(64).optional() }).optional(),
});

/** Events are found by the object they involve; a hand-made dump may leave their own name out. */
export const EventSchema = z.looseObject({
  metadata: MetadataSchema.partial().optional(),
  involvedObject: z
    .looseObject({
      kind: z.string().max(253).optional(),
      name: z.string().max(253).optional(),
      namespace: z.string().max(253).optional(),
    })
    .optional(),
  type: z.string().max(64).optional(),
  reason: z.string().max(1024).optional(),
  message: z.string().optional(),
  firstTimestamp: Timestamp.optional(),
  lastTimestamp: Timestamp.optional(),
  eventTime: Timestamp.optional(),
  series: z.looseObject({ lastObservedTime: Timestamp.optional() }).optional(),
});

export const NodeSchema = z.looseObject({
  metadata: MetadataSchema,
  status: z
    .looseObject({
      conditions: z
        .array(
          z.looseObject({
            type: z.string().max(253),
            status: z.string().max(64),
            lastHeartbeatTime: Timestamp.optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

/** A `List` file as kubectl writes it (`PodList`, `EventList`, ... or a plain `List`). */
export const ListFileSchema = z.looseObject({
  kind: z.string().max(253).optional(),
  items: z.array(z.unknown()).nullable().optional(),
});

/** Whether `name` is a DNS subdomain (what pod and namespace names are): safe as a path segment. */
export function isDnsName(name: string, max = 253): boolean {
  if (name.length === 0 || name.length > max || name.startsWith('.') || name.includes('..')) return false;
  for (const c of name) {
    const ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '.';
    if (!ok) return false;
  }
  return true;
}

/**
 * Container names in file names (`logs-<container>-previous.txt`) are DNS labels; anything else
 * is never put in a path.
 */
export function isContainerName(name: string): boolean {
  return isDnsName(name, 63) && !name.includes('.');
}
