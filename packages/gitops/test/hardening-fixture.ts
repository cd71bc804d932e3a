/** A manifests repository whose workloads fail the Pod Security Standards, with comments everywhere. */
export const HARDENING_FILES: Record<string, string> = {
  'apps/web/web.yaml': `# Web frontend: owned by team web
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # dashboards use this name
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      hostNetwork: true # legacy: metrics scraped on the node IP
      containers:
        - name: app
          image: ghcr.io/acme/web:1.2.3
          ports:
            - name: http
              containerPort: 8080
              hostPort: 8080 # must match with hostNetwork
          securityContext:
            privileged: true # from the old image, TODO
            runAsUser: 1000
          volumeMounts:
            - name: cache
              mountPath: /var/cache/web
            - name: node-logs
              mountPath: /host/logs
              readOnly: true
      volumes:
        - name: cache
          emptyDir: {}
        - name: node-logs
          hostPath: { path: /var/log }
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: http }]
`,
  'kustomize/base/kustomization.yaml': `resources:
  - worker.yaml
`,
  'kustomize/base/worker.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector:
    matchLabels: { app: worker }
  template:
    metadata:
      labels: { app: worker }
    spec:
      securityContext:
        runAsNonRoot: true # every image of ours has USER 10001
        seccompProfile: { type: RuntimeDefault }
      containers:
      - name: worker
        image: ghcr.io/acme/worker:0.9.0
        securityContext:
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
`,
  'kustomize/overlays/prod/kustomization.yaml': `namespace: jobs
resources:
  - ../../base
patches:
  - path: fuse.yaml
`,
  'kustomize/overlays/prod/fuse.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      hostPID: true # prod's profiler attaches to the host
      containers:
      - name: worker
        securityContext:
          privileged: true # needs /dev/fuse in prod
          allowPrivilegeEscalation: true
`,
};
