import type { PssCheck, PssLevel } from './check.ts';
import {
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seccompProfileBaseline,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
} from './checks-baseline.ts';
import {
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
} from './checks-restricted.ts';
import type { PodView } from './pod-spec-schema.ts';

/** The policy version whose checks these are. */
export const PSS_POLICY_VERSION = 'v1.35';

/** Every control of the Pod Security Standards (policy v1.35), baseline first. */
export const PSS_CHECKS = [
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seccompProfileBaseline,
  seLinuxOptions,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
] as const satisfies readonly PssCheck[];

export type PssCheckId = (typeof PSS_CHECKS)[number]['id'];

/** The checks a level runs: baseline's; restricted adds its own and drops the baseline checks they replace. */
export function checksForLevel(level: PssLevel): readonly PssCheck<PssCheckId>[] {
  if (level === 'baseline') return PSS_CHECKS.filter((c) => c.level === 'baseline');
  const overridden = new Set<string>(PSS_CHECKS.flatMap((c: PssCheck) => c.overrides ?? []));
  return PSS_CHECKS.filter((c) => !overridden.has(c.id));
}

/** The restricted check that replaces a baseline one at the restricted level, if any. */
export function replacementOf(id: PssCheckId): PssCheckId | undefined {
  return PSS_CHECKS.find((c: PssCheck) => c.overrides?.includes(id))?.id;
}

export type PssViolation = {
  check: PssCheckId;
  level: PssLevel;
  container?: string;
  message: string;
  fix: string;
};

/**
 * Evaluates a pod (or pod template) against a level, as pod-security-admission does: every
 * offence of every check the level runs, in check order.
 *
 * @example
 * evaluatePodSecurity({ annotations: {}, spec }, 'restricted').map((v) => v.check)
 */
export function evaluatePodSecurity(pod: PodView, level: PssLevel): PssViolation[] {
  return checksForLevel(level).flatMap((check) =>
    check.evaluate(pod).map((offence) => ({
      check: check.id,
      level: check.level,
      ...(offence.container !== undefined ? { container: offence.container } : {}),
      message: offence.message,
      fix: check.fix,
    })),
  );
}
