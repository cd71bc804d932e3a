import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository } from '../src/source/repository.ts';

type Io = { out(text: string): void; err(text: string): void };

const MANIFESTS = 2_000;

/** One service: a Deployment, with a PodDisruptionBudget every fourth one; some misconfigured. */
function service(i: number): string {
  const name = `svc-${i}`;
  const probe =
    i % 3 === 0
      ? ''
      : `\n          readinessProbe: { httpGet: { path: /ready, port: 8080 } }\n          livenessProbe: { httpGet: { path: /live, port: 8080 } }`;
  return `# ${name}: generated
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: team-${i % 20}
spec:
  replicas: ${1 + (i % 4)}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/${name}:${i % 7 === 0 ? 'latest' : `1.${i}.0`}
          ports: [{ containerPort: 8080 }]${probe}
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }
`;
}

/**
 * Scans a generated repository of 2,000 manifests (Deployments and PodDisruptionBudgets in plain
 * multi-document files, plus one Kustomize base with an overlay) and prints the time to read,
 * render, scan and locate.
 */
export async function runBench(io: Io): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-bench-'));
  try {
    let written = 0;
    for (let i = 0; written < MANIFESTS; i++) {
      const pdb =
        i % 4 === 0
          ? `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: svc-${i}, namespace: team-${i % 20} }\nspec: { minAvailable: 1, selector: { matchLabels: { app: svc-${i} } } }\n`
          : '';
      await mkdir(join(dir, `team-${i % 20}`), { recursive: true });
      await writeFile(join(dir, `team-${i % 20}`, `svc-${i}.yaml`), service(i) + pdb);
      written += pdb ? 2 : 1;
    }
    await mkdir(join(dir, 'kustomize/base'), { recursive: true });
    await mkdir(join(dir, 'kustomize/overlays/prod'), { recursive: true });
    await writeFile(join(dir, 'kustomize/base/kustomization.yaml'), 'resources: [deployment.yaml]\n');
    await writeFile(join(dir, 'kustomize/base/deployment.yaml'), service(100_000));
    await writeFile(
      join(dir, 'kustomize/overlays/prod/kustomization.yaml'),
      'namespace: prod\nresources: [../../base]\n',
    );
    const start = performance.now();
    const repo = await readRepository(dir, { kustomize: new KubectlKustomizeRenderer() });
    const read = performance.now();
    const findings = attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo);
    const done = performance.now();
    const located = findings.filter((f) => f.source).length;
    for (const u of repo.unreadable) io.err(`unreadable: ${u.kind} ${u.name}: ${u.reason}`);
    io.out(
      `gitops scan of ${repo.objects.length} objects (${written} generated manifests + a Kustomize overlay; ${repo.unreadable.length} unreadable): ${findings.length} findings, ${located} located; read and render ${(read - start).toFixed(0)} ms, scan and locate ${(done - read).toFixed(0)} ms, total ${(done - start).toFixed(0)} ms`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
