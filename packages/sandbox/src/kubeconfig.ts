import { stringify } from 'yaml';

/** A kubeconfig for the sandbox: plain HTTP on 127.0.0.1 and a bearer-token user. */
export function sandboxKubeconfig(options: {
  url: string;
  token: string;
  namespace?: string;
  name?: string;
}): string {
  const name = options.name ?? 'sre-agent-sandbox';
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': name,
    // Plain HTTP: @kubernetes/client-node refuses an http:// server unless TLS verification is
    // marked as skipped (kubectl ignores the flag for http).
    clusters: [{ name, cluster: { server: options.url, 'insecure-skip-tls-verify': true } }],
    contexts: [
      { name, context: { cluster: name, user: `${name}-admin`, namespace: options.namespace ?? 'default' } },
    ],
    users: [{ name: `${name}-admin`, user: { token: options.token } }],
    preferences: {},
  });
}
