import { configExemptionFor } from './config-exemptions.ts';
import type { Detector, ScanOptions } from './detectors/detector.ts';
import { detectSensitiveHostPaths } from './detectors/host-path.ts';
import { detectLiteralSecrets } from './detectors/literal-secrets.ts';
import { detectNetworkPolicyGaps } from './detectors/network-policies.ts';
import { detectPodSecurity } from './detectors/pod-security.ts';
import { detectRiskyBindings } from './detectors/rbac.ts';
import { detectNeedlessTokens } from './detectors/token-automount.ts';
import { type Exemption, exemptionAnnotation, exemptionFor, parseExemptions } from './exemptions.ts';
import { compareFindings, type Finding, findingKey, SEVERITIES } from './finding.ts';
import type { SecurityInventory } from './inventory.ts';

/**
 * The detectors that judge specs, policies and bindings: every detector but the weak-secret one,
 * whose password dictionaries (1.7 MB) a function that never reads Secret values should not carry.
 */
export const POSTURE_DETECTORS = {
  podSecurity: detectPodSecurity,
  sensitiveHostPath: detectSensitiveHostPaths,
  serviceAccountToken: detectNeedlessTokens,
  literalSecrets: detectLiteralSecrets,
  networkPolicies: detectNetworkPolicyGaps,
  rbac: detectRiskyBindings,
} as const;

export type ExemptedFinding = Finding & { reason: string };

export type ScanResult = {
  findings: Finding[];
  /** Findings an annotation exempts, with its reason (kept so that exemptions stay visible). */
  exempted: ExemptedFinding[];
  /** Objects the scan could not read, with the reason. */
  unreadable: SecurityInventory['unreadable'];
  /** How many pod specs (bare pods and templates) were evaluated. */
  podSpecs: number;
};

/**
 * Drops what another object already covers: a pod or ReplicaSet whose controller is in the
 * inventory is checked through that controller's template, so a Deployment with 30 pods is one
 * finding, not 31.
 */
function withoutOwned(inventory: SecurityInventory): SecurityInventory {
  const present = new Set(inventory.workloads.map((w) => `${w.namespace}/${w.kind}/${w.name}`));
  const workloads = inventory.workloads.filter(
    (w) => !w.controller || !present.has(`${w.namespace}/${w.controller.kind}/${w.controller.name}`),
  );
  return { ...inventory, workloads };
}

const MAX_MESSAGE = 2048;

/**
 * One finding per check, object and container: a second offence of the same check there (two
 * sensitive host paths, two credentials in one container's env) joins the first one's message,
 * and the finding takes the higher severity.
 */
function mergeDuplicates(all: readonly Finding[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const finding of all) {
    const key = findingKey(finding);
    const first = merged.get(key);
    if (!first) {
      merged.set(key, { ...finding });
      continue;
    }
    if (!first.message.includes(finding.message)) {
      first.message = `${first.message}; ${finding.message}`.slice(0, MAX_MESSAGE);
    }
    if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(first.severity))
      first.severity = finding.severity;
  }
  return [...merged.values()];
}

/** Exemptions per object (`namespace/kind/name`) and per namespace, and findings for malformed ones. */
function exemptionIndex(inventory: SecurityInventory) {
  const byObject = new Map<string, Exemption[]>();
  const byNamespace = new Map<string, Exemption[]>();
  const problems: Finding[] = [];
  const read = (
    target: Pick<Finding, 'namespace' | 'kind' | 'name'>,
    annotations: Readonly<Record<string, string>>[],
  ) => {
    const exemptions: Exemption[] = [];
    for (const a of annotations) {
      const parsed = parseExemptions(exemptionAnnotation(a));
      exemptions.push(...parsed.exemptions);
      for (const problem of parsed.problems) {
        problems.push({
          ...target,
          id: 'invalidExemption',
          severity: 'low',
          message: `the sre-agent.io/exempt annotation exempts nothing: ${problem}`,
          fix: 'write "<check>[,<check>]: <reason>", entries separated by ";"',
        });
      }
    }
    return exemptions;
  };
  for (const ns of inventory.namespaces) {
    byNamespace.set(
      ns.name,
      read({ namespace: ns.name, kind: 'Namespace', name: ns.name }, [ns.annotations]),
    );
  }
  for (const w of inventory.workloads) {
    byObject.set(`${w.namespace}/${w.kind}/${w.name}`, read(w, [w.annotations, w.pod.annotations]));
  }
  for (const c of inventory.configMaps) {
    byObject.set(`${c.namespace}/ConfigMap/${c.name}`, read({ ...c, kind: 'ConfigMap' }, [c.annotations]));
  }
  for (const s of inventory.secrets) {
    byObject.set(
      `${s.namespace}/Secret/${s.name}`,
      read({ namespace: s.namespace, kind: 'Secret', name: s.name }, [s.annotations]),
    );
  }
  return { byObject, byNamespace, problems };
}

/**
 * The posture scan with the given detectors over the inventory, findings deduplicated (one per
 * check, object and container), exemptions applied, most severe first.
 */
export function scanWith(
  detectors: Readonly<Record<string, Detector>>,
  source: SecurityInventory,
  options: ScanOptions,
): ScanResult {
  const inventory = withoutOwned(source);
  const { byObject, byNamespace, problems } = exemptionIndex(inventory);
  const findings: Finding[] = [];
  const exempted: ExemptedFinding[] = [];
  const all = [...Object.values(detectors).flatMap((detect) => detect(inventory, options)), ...problems];
  for (const finding of mergeDuplicates(all)) {
    const exemption =
      exemptionFor(byObject.get(`${finding.namespace}/${finding.kind}/${finding.name}`) ?? [], finding.id) ??
      exemptionFor(byNamespace.get(finding.namespace) ?? [], finding.id) ??
      configExemptionFor(options.exemptions ?? [], finding, options.cluster);
    if (exemption && finding.id !== 'invalidExemption')
      exempted.push({ ...finding, reason: exemption.reason });
    else findings.push(finding);
  }
  return {
    findings: findings.sort(compareFindings),
    exempted: exempted.sort(compareFindings),
    unreadable: inventory.unreadable,
    podSpecs: inventory.workloads.length,
  };
}

/**
 * The posture scan without Secret values (pod specs, NetworkPolicies, RBAC, literal credentials):
 * what a function without the weak-secret dictionaries can run.
 */
export function scanPosture(source: SecurityInventory, options: ScanOptions): ScanResult {
  return scanWith(POSTURE_DETECTORS, source, options);
}
