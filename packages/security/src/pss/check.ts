import { allContainers, type Container, type PodView } from './pod-spec-schema.ts';

/** The Pod Security Standards levels that restrict anything (privileged allows everything). */
export type PssLevel = 'baseline' | 'restricted';

/** One thing a check forbids in one pod: a container's setting, or a pod-level one (no container). */
export type Offence = { container?: string; message: string };

/** A Pod Security Standards control, as policy version v1.35 of pod-security-admission applies it. */
export type PssCheck<Id extends string = string> = {
  /** The check name pod-security-admission uses (`privileged`, `capabilities_restricted`, ...). */
  id: Id;
  level: PssLevel;
  /** Baseline checks this restricted check replaces at the restricted level (it is their stricter form). */
  overrides?: readonly string[];
  /** What to change, for a human reading the finding. */
  fix: string;
  evaluate(pod: PodView): Offence[];
};

/** Pods with `os.name: windows` are exempt from the Linux-only restricted controls. */
export function isWindowsPod(pod: PodView): boolean {
  return pod.spec.os?.name === 'windows';
}

/** `hostUsers: false` (a user namespace) relaxes the checks about root and /proc. */
export function inUserNamespace(pod: PodView): boolean {
  return pod.spec.hostUsers === false;
}

/** Quotes untrusted values in messages, bounded so a finding stays readable. */
export function quoted(values: Iterable<string>): string {
  return [...new Set(values)]
    .slice(0, 8)
    .map((v) => JSON.stringify(v.length > 64 ? `${v.slice(0, 64)}…` : v))
    .join(', ');
}

/** Offences of the containers (init, regular, ephemeral) for which `bad` returns a message. */
export function perContainer(pod: PodView, bad: (c: Container) => string | undefined): Offence[] {
  const offences: Offence[] = [];
  for (const container of allContainers(pod.spec)) {
    const message = bad(container);
    if (message !== undefined) offences.push({ container: container.name, message });
  }
  return offences;
}
