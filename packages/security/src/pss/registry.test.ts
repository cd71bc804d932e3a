import { describe, expect, it } from 'vitest';
import { type PodSpec, PodSpecSchema } from './pod-spec-schema.ts';
import { evaluatePodSecurity } from './registry.ts';

const hardened = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
};

function spec(input: unknown): PodSpec {
  return PodSpecSchema.parse(input);
}

const checksOf = (s: PodSpec, level: 'baseline' | 'restricted' = 'restricted') =>
  evaluatePodSecurity({ annotations: {}, spec: s }, level).map((v) => `${v.check}:${v.container ?? ''}`);

describe('evaluatePodSecurity', () => {
  it('checks ephemeral containers like the others', () => {
    const s = spec({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', securityContext: hardened }],
      ephemeralContainers: [{ name: 'debug', securityContext: { ...hardened, privileged: true } }],
    });
    expect(checksOf(s)).toEqual(['privileged:debug']);
  });

  it('relaxes runAsNonRoot, runAsUser and the baseline procMount in a user namespace, not procMount_restricted', () => {
    const container = { name: 'app', securityContext: { ...hardened, runAsUser: 0, procMount: 'Unmasked' } };
    const base = { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [container] };
    expect(checksOf(spec(base))).toEqual(['procMount_restricted:app', 'runAsNonRoot:app', 'runAsUser:app']);
    expect(checksOf(spec({ ...base, hostUsers: false }))).toEqual(['procMount_restricted:app']);
    expect(checksOf(spec({ ...base, hostUsers: false }), 'baseline')).toEqual([]);
  });

  it('exempts windows pods from the Linux-only restricted controls, not from runAsNonRoot', () => {
    const s = spec({ os: { name: 'windows' }, containers: [{ name: 'app' }] });
    expect(checksOf(s)).toEqual(['runAsNonRoot:app']);
  });

  it('accepts container-level seccomp when the pod sets none, and refuses Unconfined anywhere', () => {
    const seccomp = (type: string) => ({ ...hardened, seccompProfile: { type } });
    const ok = spec({
      securityContext: { runAsNonRoot: true },
      containers: [{ name: 'a', securityContext: seccomp('Localhost') }],
    });
    const bad = spec({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'a', securityContext: seccomp('Unconfined') }],
    });
    expect(checksOf(ok)).toEqual([]);
    expect(checksOf(bad)).toEqual(['seccompProfile_restricted:a']);
    expect(checksOf(bad, 'baseline')).toEqual(['seccompProfile_baseline:a']);
  });
});
