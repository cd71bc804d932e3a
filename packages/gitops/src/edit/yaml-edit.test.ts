import { describe, expect, it } from 'vitest';
import { editYamlText } from './yaml-edit.ts';

const DEPLOYMENT = `# the payment service
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment-service   # owned by team pay
  namespace: shop
  labels: &labels
    app: payment-service
spec:
  replicas: 3
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels:
        app: payment-service
    spec:
      containers:
      - name: app
        image: "ghcr.io/acme/payment:1.4.2"
        ports:
        - containerPort: 8080
          name: http
        readinessProbe:
          httpGet: { path: /ready, port: http }
          periodSeconds: 5
        resources: {}
      # the sidecar
      - name: envoy
        image: 'envoyproxy/envoy:v1.30'
---
apiVersion: v1
kind: Service
metadata: { name: payment-service }
`;

describe('editYamlText', () => {
  it('adds a block field at the end of a container, in the file style, and nothing else changes', () => {
    const out = editYamlText(DEPLOYMENT, [
      {
        op: 'set',
        document: 0,
        path: ['spec', 'template', 'spec', 'containers', { name: 'app' }, 'livenessProbe'],
        value: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5, failureThreshold: 6 },
      },
    ]);
    expect(out).toBe(
      DEPLOYMENT.replace(
        '        resources: {}\n',
        `        resources: {}
        livenessProbe:
          httpGet:
            path: /ready
            port: http
          periodSeconds: 5
          failureThreshold: 6
`,
      ),
    );
  });

  it('writes into a flow mapping as flow and keeps quoting of a replaced scalar', () => {
    const out = editYamlText(DEPLOYMENT, [
      {
        op: 'set',
        document: 0,
        path: ['spec', 'template', 'spec', 'containers', { name: 'app' }, 'resources', 'requests', 'memory'],
        value: '256Mi',
      },
      {
        op: 'set',
        document: 0,
        path: ['spec', 'template', 'spec', 'containers', { name: 'envoy' }, 'image'],
        value: 'envoyproxy/envoy:v1.30@sha256:abc',
      },
      { op: 'set', document: 0, path: ['spec', 'replicas'], value: 4 },
    ]);
    expect(out).toBe(
      DEPLOYMENT.replace('resources: {}', 'resources: { requests: { memory: 256Mi } }')
        .replace("'envoyproxy/envoy:v1.30'", "'envoyproxy/envoy:v1.30@sha256:abc'")
        .replace('replicas: 3', 'replicas: 4'),
    );
  });

  it('adds a comment inside a container without changing what the document says', () => {
    const out = editYamlText(DEPLOYMENT, [
      {
        op: 'comment',
        document: 0,
        path: ['spec', 'template', 'spec', 'containers', { name: 'envoy' }],
        text: 'sre-agent: set it',
      },
    ]);
    expect(out).toBe(
      DEPLOYMENT.replace(
        "'envoyproxy/envoy:v1.30'\n",
        "'envoyproxy/envoy:v1.30'\n        # sre-agent: set it\n",
      ),
    );
  });

  it('refuses to edit through an alias', () => {
    expect(() =>
      editYamlText(DEPLOYMENT, [
        { op: 'set', document: 0, path: ['spec', 'selector', 'matchLabels', 'tier'], value: 'x' },
      ]),
    ).toThrow(/alias/);
  });

  it('follows a file that indents its sequences under their key', () => {
    const text = 'spec:\n  items:\n    - name: a\n      x: 1\n';
    const out = editYamlText(text, [
      { op: 'set', document: 0, path: ['spec', 'items', { name: 'a' }, 'y'], value: [{ k: 1 }] },
    ]);
    expect(out).toBe('spec:\n  items:\n    - name: a\n      x: 1\n      y:\n        - k: 1\n');
  });

  it('deletes a field with its line and trailing comment, and nothing else', () => {
    const text = `spec:
  hostNetwork: true # for the metrics port
  hostPID: true
  containers:
  - name: app
    ports:
    - hostPort: 8080
      containerPort: 8080 # http
    - containerPort: 9090
      hostPort: 9090
`;
    const edited = editYamlText(text, [
      { op: 'delete', document: 0, path: ['spec', 'hostNetwork'] },
      { op: 'delete', document: 0, path: ['spec', 'containers', { name: 'app' }, 'ports', 0, 'hostPort'] },
      { op: 'delete', document: 0, path: ['spec', 'containers', { name: 'app' }, 'ports', 1, 'hostPort'] },
    ]);
    expect(edited).toBe(`spec:
  hostPID: true
  containers:
  - name: app
    ports:
    - containerPort: 8080 # http
    - containerPort: 9090
`);
  });

  it('deletes a key of a flow mapping, leaves a missing field alone, and refuses to empty a block mapping', () => {
    const text = 'spec:\n  ports:\n  - { containerPort: 80, hostPort: 80 }\n  only:\n    hostIPC: true\n';
    expect(
      editYamlText(text, [
        { op: 'delete', document: 0, path: ['spec', 'ports', 0, 'hostPort'] },
        { op: 'delete', document: 0, path: ['spec', 'hostNetwork'] },
      ]),
    ).toBe('spec:\n  ports:\n  - { containerPort: 80 }\n  only:\n    hostIPC: true\n');
    expect(() =>
      editYamlText(text, [{ op: 'delete', document: 0, path: ['spec', 'only', 'hostIPC'] }]),
    ).toThrow(/only field of its mapping/);
  });
});
