import type { Finding, Severity } from '../finding.ts';
import type { PssCheck } from '../pss/check.ts';
import { checksForLevel, PSS_CHECKS, type PssCheckId } from '../pss/registry.ts';
import type { Detector } from './detector.ts';

const SEVERITY: Record<PssCheckId, Severity> = {
  privileged: 'critical',
  windowsHostProcess: 'critical',
  hostNamespaces: 'high',
  hostPathVolumes: 'high',
  capabilities_baseline: 'high',
  hostPorts: 'medium',
  appArmorProfile: 'medium',
  seLinuxOptions: 'medium',
  procMount: 'medium',
  seccompProfile_baseline: 'medium',
  sysctls: 'medium',
  hostProbesAndHostLifecycle: 'medium',
  restrictedVolumes: 'medium',
  allowPrivilegeEscalation: 'medium',
  runAsNonRoot: 'medium',
  runAsUser: 'medium',
  capabilities_restricted: 'low',
  seccompProfile_restricted: 'low',
  procMount_restricted: 'low',
};

const byId = new Map<string, PssCheck>(PSS_CHECKS.map((c) => [c.id, c]));

/**
 * Pod Security Standards over every bare pod and pod template, with the check names and
 * messages of pod-security-admission. A restricted check that replaces a baseline one keeps the
 * baseline severity where the baseline check fails too (adding SYS_ADMIN is high, not low).
 */
export const detectPodSecurity: Detector = (inventory, { level }) => {
  const findings: Finding[] = [];
  const checks = checksForLevel(level);
  for (const workload of inventory.workloads) {
    for (const check of checks) {
      const offences = check.evaluate(workload.pod);
      if (offences.length === 0) continue;
      const replaced = (check.overrides ?? []).flatMap((id) => {
        const base = byId.get(id);
        return base
          ? base.evaluate(workload.pod).map((o) => ({ id: base.id as PssCheckId, container: o.container }))
          : [];
      });
      for (const offence of offences) {
        const base = replaced.find((r) => r.container === offence.container);
        findings.push({
          id: check.id,
          severity: base ? SEVERITY[base.id] : SEVERITY[check.id],
          namespace: workload.namespace,
          kind: workload.kind,
          name: workload.name,
          ...(offence.container !== undefined ? { container: offence.container } : {}),
          message: offence.message,
          fix: check.fix,
        });
      }
    }
  }
  return findings;
};
