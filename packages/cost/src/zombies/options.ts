import * as z from 'zod';

/** Namespaces never judged: the control plane's own and `default` (it cannot be deleted or put to sleep). */
export const SYSTEM_NAMESPACE = /^(kube-.*|default)$/;

/** When a namespace counts as a zombie; every figure configurable (`cost.zombies` in the config file). */
export const ZombieOptionsSchema = z.strictObject({
  /** Every signal must have been quiet for longer than this. */
  quietHours: z
    .number()
    .min(1)
    .max(24 * 90)
    .default(48),
  /** How far back to look for the last sign of life (reported as evidence). */
  lookbackHours: z
    .number()
    .min(1)
    .max(24 * 90)
    .default(168),
  /**
   * Pod traffic (received + sent, all pods of the namespace) at or under this is quiet: health
   * checks and metric scrapes of a few idle pods stay well below it.
   */
  networkQuietBytesPerSecond: z.number().min(0).default(10_240),
  /** Never judged, besides the system namespaces (the policy's denylist is added by the caller). */
  excludeNamespaces: z.array(z.string()).default([]),
});
export type ZombieOptions = z.infer<typeof ZombieOptionsSchema>;
export const DEFAULT_ZOMBIE_OPTIONS: ZombieOptions = ZombieOptionsSchema.parse({});
