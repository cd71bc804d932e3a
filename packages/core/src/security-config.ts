import * as z from 'zod';
import { ModeSchema } from './domain.ts';
import { lazySchema } from './lazy-schema.ts';

/**
 * A posture finding exempted by config (beside the `sre-agent.io/exempt` annotation): which check,
 * where, and why. Unset fields match anything; a reason is required.
 */
export const SecurityExemptionSchema = lazySchema(() =>
  z.strictObject({
    /** A check id (`hostNamespaces`, `weakSecret`, ...) or `*` for every check. */
    check: z.string().min(1).max(100),
    cluster: z.string().min(1).max(100).optional(),
    namespace: z.string().min(1).max(63).optional(),
    kind: z.string().min(1).max(60).optional(),
    name: z.string().min(1).max(253).optional(),
    container: z.string().min(1).max(253).optional(),
    reason: z.string().trim().min(3, 'say why the finding is accepted').max(500),
  }),
);
export type SecurityExemption = z.infer<typeof SecurityExemptionSchema>;

/** `security:` in the config: the guardian's quarantine mode and exemptions. */
export const SecurityConfigSchema = lazySchema(() =>
  z.strictObject({
    quarantine: z
      .strictObject({
        /**
         * The mode of quarantines, instead of the namespace's: a compromised pod is isolated at
         * once even where fixes wait for approval. Unset: the namespace's mode decides.
         */
        mode: ModeSchema.optional(),
      })
      .default({}),
    exemptions: z.array(SecurityExemptionSchema).max(1_000).default([]),
    /** The scheduled posture scan (hourly on AWS and in `npm start`). */
    scan: z
      .strictObject({
        /** The Pod Security Standards level pods are held to. */
        level: z.enum(['baseline', 'restricted']).default('restricted'),
        /** Judge Secret values too (weak secrets): needs the opt-in `secrets-scan` role bound. */
        secrets: z.boolean().default(false),
      })
      .prefault({}),
    /**
     * SecurityContext hardening (`sre-agent security harden`): fixes go out as pull requests
     * through the GitOps enforcer. Applying them live is a policy choice, off by default; it is
     * not built, so the flag only accepts false until it is a catalog action.
     */
    hardening: z
      .strictObject({
        applyLive: z
          .boolean()
          .default(false)
          .refine((live) => !live, {
            message:
              'live hardening is not available: hardening fixes go out as pull requests only (`sre-agent security harden`); set security.hardening.applyLive to false or remove it',
          }),
        /** Open drafts for fixes that need a check (runAsNonRoot, readOnlyRootFilesystem, drop ALL, seccomp). */
        drafts: z.boolean().default(true),
      })
      .default({ applyLive: false, drafts: true }),
  }),
);
export type SecurityConfig = z.infer<typeof SecurityConfigSchema>;
