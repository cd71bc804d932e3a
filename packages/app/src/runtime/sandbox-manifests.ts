import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock } from '@sre-agent/core';
import { stringify } from 'yaml';

/** What the generator reads from the sandbox: its objects as the API serves them. */
export type SandboxObjects = {
  list(kind: string): Record<string, unknown>[];
  scenario: { name: string };
};

/** The kinds a team keeps in Git; Secrets never are. */
const KINDS = [
  'Namespace',
  'ConfigMap',
  'Service',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'PodDisruptionBudget',
  'NetworkPolicy',
] as const;

const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** The namespace kept as a Kustomize base with a `sandbox` overlay that sets the memory limits. */
const KUSTOMIZE_NAMESPACE = 'shop';

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: unknown;
};

/** A workload as its author wrote it: no status, no server fields, no defaults the API added. */
function declared(object: Record<string, unknown>): Obj {
  const o = structuredClone(object) as Obj & { status?: unknown; spec?: Record<string, unknown> };
  const { name, namespace, labels } = o.metadata;
  const annotations = (object.metadata as { annotations?: Record<string, string> }).annotations ?? {};
  const kept = Object.fromEntries(
    Object.entries(annotations).filter(
      ([k]) => !k.includes('kubernetes.io/') && !k.startsWith('sre-agent.io/'),
    ),
  );
  const out: Obj = {
    apiVersion: o.apiVersion,
    kind: o.kind,
    metadata: {
      name,
      ...(namespace ? { namespace } : {}),
      ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
      ...(Object.keys(kept).length > 0 ? { annotations: kept } : {}),
    },
  };
  for (const [key, value] of Object.entries(o))
    if (!['apiVersion', 'kind', 'metadata', 'status'].includes(key)) out[key] = value;
  const spec = out.spec as Record<string, unknown> | undefined;
  if (o.kind === 'Namespace') delete out.spec;
  if (o.kind === 'Service' && spec)
    for (const k of ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy', 'sessionAffinity'])
      delete spec[k];
  if (spec && ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind)) {
    for (const k of ['revisionHistoryLimit', 'progressDeadlineSeconds']) delete spec[k];
    const template = spec.template as { metadata?: Record<string, unknown>; spec?: Record<string, unknown> };
    delete template.metadata?.creationTimestamp;
    const pod = template.spec ?? {};
    if (pod.restartPolicy === 'Always') delete pod.restartPolicy;
    if (pod.terminationGracePeriodSeconds === 30) delete pod.terminationGracePeriodSeconds;
    if (pod.dnsPolicy === 'ClusterFirst') delete pod.dnsPolicy;
    if (pod.schedulerName === 'default-scheduler') delete pod.schedulerName;
    if (JSON.stringify(pod.securityContext) === '{}') delete pod.securityContext;
    for (const c of [
      ...((pod.containers as Record<string, unknown>[]) ?? []),
      ...((pod.initContainers as Record<string, unknown>[]) ?? []),
    ]) {
      delete c.terminationMessagePath;
      delete c.terminationMessagePolicy;
    }
  }
  return out;
}

const yamlDocs = (header: string, objects: readonly Obj[]) =>
  `# ${header}\n${objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n')}`;

function containersOf(o: Obj): Record<string, unknown>[] {
  const spec = o.spec as { template?: { spec?: { containers?: Record<string, unknown>[] } } } | undefined;
  return spec?.template?.spec?.containers ?? [];
}

/**
 * The files of the sandbox's manifests repository: each namespace's objects as one plain
 * multi-document file (`clusters/sandbox/<namespace>.yaml`), except `shop`, kept as a Kustomize
 * base (`apps/shop/base`) whose `sandbox` overlay sets each container's memory limit in a patch
 * of its own, so a fix to a limit lands in the overlay, where the limit is set.
 */
export function sandboxManifestFiles(sandbox: SandboxObjects): Record<string, string> {
  const byNamespace = new Map<string, Obj[]>();
  for (const kind of KINDS)
    for (const raw of sandbox.list(kind)) {
      const o = declared(raw);
      const ns = o.kind === 'Namespace' ? o.metadata.name : (o.metadata.namespace ?? 'default');
      if (SYSTEM_NAMESPACES.has(ns)) continue;
      byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), o]);
    }
  const files: Record<string, string> = {
    'README.md': `# Manifests of the sandbox cluster (scenario ${sandbox.scenario.name})\n\nWritten by \`sre-agent start\` from the sandbox's workloads. The GitOps enforcer scans this repository and proposes its fixes here as branches (\`git branch --list 'sre-agent/*'\`), with a description of each under \`.git/sre-agent/proposals/\`.\n`,
  };
  for (const [ns, objects] of [...byNamespace].sort(([a], [b]) => a.localeCompare(b))) {
    if (ns !== KUSTOMIZE_NAMESPACE) {
      files[`clusters/sandbox/${ns}.yaml`] = yamlDocs(
        `Namespace ${ns}: every object, applied as is.`,
        objects,
      );
      continue;
    }
    const patches: string[] = [];
    for (const o of objects) {
      if (o.kind !== 'Deployment') continue;
      const limits = containersOf(o).flatMap((c) => {
        const resources = c.resources as { limits?: Record<string, string> } | undefined;
        const memory = resources?.limits?.memory;
        if (!memory || !resources?.limits) return [];
        delete resources.limits.memory;
        if (Object.keys(resources.limits).length === 0) delete resources.limits;
        return [{ name: String(c.name), resources: { limits: { memory } } }];
      });
      if (limits.length === 0) continue;
      const file = `memory-${o.metadata.name}.yaml`;
      patches.push(file);
      files[`apps/${ns}/overlays/sandbox/${file}`] = yamlDocs(
        `Memory limits of ${o.metadata.name} in the sandbox cluster (the base sets none).`,
        [
          {
            apiVersion: o.apiVersion,
            kind: o.kind,
            metadata: { name: o.metadata.name, namespace: ns },
            spec: { template: { spec: { containers: limits } } },
          },
        ],
      );
    }
    files[`apps/${ns}/base/${ns}.yaml`] = yamlDocs(
      `Namespace ${ns}: the base every environment shares.`,
      objects,
    );
    files[`apps/${ns}/base/kustomization.yaml`] =
      `# The ${ns} base.\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${ns}.yaml\n`;
    files[`apps/${ns}/overlays/sandbox/kustomization.yaml`] =
      `# ${ns} as the sandbox cluster runs it.\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\npatches:\n${patches.map((p) => `  - path: ${p}`).join('\n')}\n`;
  }
  return files;
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

/**
 * Writes the sandbox's manifests repository afresh (a real git repository on `main`, one commit
 * dated by the sandbox clock): what `npm start` scans and proposes fixes to with no configuration.
 */
export async function writeSandboxManifests(options: {
  dir: string;
  sandbox: SandboxObjects;
  clock: Clock;
}): Promise<{ dir: string; files: string[] }> {
  const files = sandboxManifestFiles(options.sandbox);
  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(options.dir, path)), { recursive: true });
    await writeFile(join(options.dir, path), text);
  }
  const when = `${Math.floor(options.clock.now().getTime() / 1000)} +0000`;
  const who = { name: 'Platform Team', email: 'platform@sandbox.local' };
  await git(options.dir, ['init', '--quiet', '--initial-branch=main']);
  await git(options.dir, ['add', '--all']);
  await git(
    options.dir,
    [
      'commit',
      '--quiet',
      '--no-gpg-sign',
      '-m',
      `sandbox manifests (scenario ${options.sandbox.scenario.name})`,
    ],
    {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
    },
  );
  return { dir: options.dir, files: Object.keys(files).sort() };
}
