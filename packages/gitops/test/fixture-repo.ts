import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from '../src/git.ts';

/** A manifests repository with comments everywhere: plain YAML, a Kustomize base with two overlays, a Helm chart's values. */
export const FIXTURE_FILES: Record<string, string> = {
  'apps/payment/payment.yaml': `# Payment service: owned by team pay
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment-service # do not rename: dashboards use it
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: payment-service
  template:
    metadata:
      labels:
        app: payment-service
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution: []
      containers:
        - name: app
          image: "ghcr.io/acme/payment:1.4.2" # pinned by release
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet: { path: /ready, port: http }
            periodSeconds: 5
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 512Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: payment-service
  namespace: shop
spec:
  selector: { app: payment-service }
  ports: [{ port: 80, targetPort: http }]
`,
  'kustomize/base/kustomization.yaml': `resources:
  - deployment.yaml
  - pdb.yaml
`,
  'kustomize/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 2 # overlays decide
  selector:
    matchLabels: { app: checkout }
  template:
    metadata:
      labels: { app: checkout }
    spec:
      containers:
      - name: web
        image: ghcr.io/acme/checkout:2.0.1
        ports:
        - containerPort: 8080
        livenessProbe:
          httpGet: { path: /live, port: 8080 }
        readinessProbe:
          httpGet: { path: /ready, port: 8080 }
        resources:
          requests: { cpu: 100m, memory: 128Mi }
          limits: { memory: 256Mi }
`,
  'kustomize/base/pdb.yaml': `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: checkout
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: checkout }
`,
  'kustomize/overlays/prod/kustomization.yaml': `namespace: shop
resources:
  - ../../base
patches:
  - path: probe-patch.yaml
patchesJson6902:
  - target: { group: apps, version: v1, kind: Deployment, name: checkout }
    path: replicas.yaml
`,
  'kustomize/overlays/prod/probe-patch.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  template:
    spec:
      containers:
      - name: web
        readinessProbe:
          # prod's backend is slow to answer
          timeoutSeconds: 10
          periodSeconds: 10
`,
  'kustomize/overlays/prod/replicas.yaml': `- op: replace
  path: /spec/replicas
  value: 3
`,
  'kustomize/overlays/staging/kustomization.yaml': `namespace: staging
resources:
  - ../../base
patchesJson6902:
  - target: { group: apps, version: v1, kind: Deployment, name: checkout }
    path: replicas.yaml
`,
  'kustomize/overlays/staging/replicas.yaml': `- op: replace
  path: /spec/replicas
  value: 1 # one is enough for staging
`,
  'charts/ledger/values.yaml': `# Values for the ledger chart
ledger:
  image:
    repository: ghcr.io/acme/ledger
    tag: "3.2.0"
  api:
    readinessProbe:
      httpGet:
        path: /healthz
        port: 9000
    resources:
      requests:
        cpu: 500m
        memory: 1Gi
      limits:
        memory: 1Gi
`,
  'sre-agent-gitops.yaml': `helm:
  - values: charts/ledger/values.yaml
    workload: { kind: Deployment, namespace: finance, name: ledger }
    containers: { api: ledger.api }
`,
};

/** A git repository holding the fixture, one commit on `main`; returns its directory. */
export async function createFixtureRepo(files: Record<string, string> = FIXTURE_FILES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-fixture-'));
  await git(dir, ['init', '--quiet', '--initial-branch=main']);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await git(dir, ['add', '.']);
  await git(dir, [
    '-c',
    'user.name=Dev',
    '-c',
    'user.email=dev@example.com',
    'commit',
    '--quiet',
    '-m',
    'manifests',
  ]);
  return dir;
}

/** The changed lines of a diff (`+`/`-`, headers left out). */
export function changedLines(diff: string): string[] {
  return diff.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));
}
