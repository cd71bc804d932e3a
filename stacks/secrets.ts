import { SECRETS, type SecretName } from './manifest.ts';

/**
 * SST secrets (`npx sst secret set <Name> <value> --stage <stage>`). Optional integrations default to
 * empty, which the functions see as "not configured"; the Alertmanager token has no default, so a
 * deploy without it fails with SST's "Set a value for AlertmanagerBearerToken".
 */
export function createSecrets(): Record<SecretName, sst.Secret> {
  const entries = (Object.keys(SECRETS) as SecretName[]).map(
    (name) => [name, SECRETS[name].required ? new sst.Secret(name) : new sst.Secret(name, '')] as const,
  );
  return Object.fromEntries(entries) as Record<SecretName, sst.Secret>;
}
