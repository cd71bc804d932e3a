import * as z from 'zod';

/** A condition a failure mode depends on: environment facts, the container's memory limit, its env. */
export type Condition =
  | { fact: string; is?: boolean }
  | { memoryLimitBelowMi: number }
  | { envEquals: { name: string; value: string } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.string().min(1), is: z.boolean().optional() }),
    z.strictObject({ memoryLimitBelowMi: z.number().positive() }),
    z.strictObject({ envEquals: z.strictObject({ name: z.string().min(1), value: z.string() }) }),
    z.strictObject({ all: z.array(ConditionSchema) }),
    z.strictObject({ any: z.array(ConditionSchema) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

const RepeatLogSchema = z.strictObject({
  everySeconds: z.number().positive(),
  lines: z.array(z.string()).min(1),
});

/**
 * How a container misbehaves while `when` holds:
 * - `crash`: logs `log`, then exits with `exitCode` `afterSeconds` after it started (or after `when` became true);
 * - `unready`: keeps running but fails its readiness probe with `probeMessage`, logging `repeatLog`;
 * - `hang`: stops answering (deadlock): liveness and readiness probes time out, so the kubelet kills it.
 *   With `since: 'pod'` the clock starts when the pod started, not the container (state that survives
 *   container restarts, e.g. a stale lock file in an emptyDir).
 */
export const FailureSchema = z.strictObject({
  when: ConditionSchema.optional(),
  effect: z.enum(['crash', 'unready', 'hang']),
  afterSeconds: z.number().nonnegative().default(0),
  since: z.enum(['container', 'pod']).default('container'),
  exitCode: z.number().int().default(1),
  reason: z.string().default('Error'),
  log: z.array(z.string()).default([]),
  repeatLog: RepeatLogSchema.optional(),
  probeMessage: z.string().optional(),
});
export type Failure = z.infer<typeof FailureSchema>;

/**
 * The behaviour of the program an image runs: what it logs, how much memory it uses, when it is
 * ready and how it fails. Keyed by image (exact, or a `registry/repo:` prefix ending in `*`).
 */
export const BehaviourProfileSchema = z.strictObject({
  image: z.string().min(1),
  /** `false`: the registry has no such manifest (ErrImagePull / ImagePullBackOff). */
  exists: z.boolean().default(true),
  sizeBytes: z.number().int().positive().default(48_234_496),
  /** Working-set memory the process settles at; above the container's limit it is OOMKilled. */
  memoryUsageMi: z.number().nonnegative().default(64),
  /** Time to grow to `memoryUsageMi` (when the OOM kill happens). */
  memoryRampSeconds: z.number().nonnegative().default(40),
  /**
   * A slow creep instead of the ramp: the working set starts at `fromMi` and grows by `miPerHour`
   * until it settles at `memoryUsageMi`; it is OOMKilled when it crosses the limit on the way.
   */
  memoryGrowth: z
    .strictObject({ fromMi: z.number().nonnegative(), miPerHour: z.number().positive() })
    .optional(),
  /**
   * Writes to every PersistentVolumeClaim it mounts: the volume holds `initialMi` when the first
   * writer starts and grows by `miPerHour` while one runs (the data outlives the pods), up to its capacity.
   */
  diskWrite: z
    .strictObject({ initialMi: z.number().nonnegative(), miPerHour: z.number().nonnegative() })
    .optional(),
  startupLog: z.array(z.string()).default([]),
  steadyLog: RepeatLogSchema.optional(),
  /** Seconds until the app answers its readiness probe. */
  readyAfterSeconds: z.number().nonnegative().default(0),
  /** For batch images: exits 0 after this many seconds. */
  completesAfterSeconds: z.number().nonnegative().optional(),
  failures: z.array(FailureSchema).default([]),
});
export type BehaviourProfile = z.infer<typeof BehaviourProfileSchema>;
export type BehaviourProfileInput = z.input<typeof BehaviourProfileSchema>;

/** The repository part of an image reference (`registry.local/shop/web:1.2` → `registry.local/shop/web`). */
export function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** What the sandbox registry knows about images, and the behaviour of each. */
export class ProfileCatalog {
  readonly #exact = new Map<string, BehaviourProfile>();
  readonly #prefixes: BehaviourProfile[] = [];
  readonly #repositories = new Set<string>();

  constructor(profiles: readonly BehaviourProfileInput[] = []) {
    for (const p of profiles) this.add(p);
  }

  add(input: BehaviourProfileInput): void {
    const profile = BehaviourProfileSchema.parse(input);
    if (profile.image.endsWith('*')) this.#prefixes.push(profile);
    else {
      this.#exact.set(profile.image, profile);
      if (profile.exists) this.#repositories.add(imageRepository(profile.image));
    }
  }

  /**
   * The profile of an image. Unknown tags of a repository the catalog knows do not exist (a typo'd
   * or never-pushed tag); images from elsewhere run a generic well-behaved program.
   */
  resolve(image: string): BehaviourProfile {
    const exact = this.#exact.get(image);
    if (exact) return exact;
    const prefixed = this.#prefixes.find((p) => image.startsWith(p.image.slice(0, -1)));
    if (prefixed) return { ...prefixed, image };
    if (this.#repositories.has(imageRepository(image)))
      return BehaviourProfileSchema.parse({ image, exists: false });
    return BehaviourProfileSchema.parse({ image });
  }
}
