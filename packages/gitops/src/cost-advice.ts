import { rightsizeJson } from '@sre-agent/cost';
import type { ResourceAdvice, ResourceAdvisor } from './checks/check.ts';
import { type ObjectRef, refKey } from './objects.ts';

type RightsizeJson = ReturnType<typeof rightsizeJson>;

/**
 * Resource values from the cost sentinel's usage analysis (`rightsizeCluster`, read through its
 * `--json` shape): the recommended requests and limit of each container, with the evidence they
 * rest on. A container with too little history gives no advice (the fix becomes a draft).
 */
export function costResourceAdvisor(report: Parameters<typeof rightsizeJson>[0]): ResourceAdvisor {
  const json: RightsizeJson = rightsizeJson(report);
  const days = Math.round(json.window.seconds / 86_400);
  const byContainer = new Map<string, ResourceAdvice>();
  for (const r of json.recommendations) {
    if (r.action === 'insufficient-data') continue;
    const { cpu, memory } = r.evidence;
    byContainer.set(`${refKey({ kind: r.kind, namespace: r.namespace, name: r.workload })}/${r.container}`, {
      ...(r.recommended.cpuRequest ? { cpuRequest: r.recommended.cpuRequest } : {}),
      ...(r.recommended.memoryRequest ? { memoryRequest: r.recommended.memoryRequest } : {}),
      ...(r.recommended.memoryLimit ? { memoryLimit: r.recommended.memoryLimit } : {}),
      derivation: `the cost sentinel's right-sizing of ${days} days of usage ending ${json.window.end} (CPU p95 ${cpu.p95}, p99 ${cpu.p99}; working set p99 ${memory.p99}, max ${memory.max}; ${r.reason})`,
    });
  }
  return {
    adviceFor: (workload: ObjectRef, container: string) =>
      byContainer.get(`${refKey(workload)}/${container}`),
  };
}
