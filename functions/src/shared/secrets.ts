import {
  INTEGRATION_SECRETS,
  parseSecrets,
  type SecretEnv,
  type SecretStackName,
  type Secrets,
} from '@sre-agent/core';
import { Resource } from 'sst/resource';

/**
 * The SST secrets a function can be linked to, by the name core's `parseSecrets` knows each under:
 * the secrets the integrations declare, as `stacks/manifest.ts` links them (`SECRETS`).
 */
export const LINKED_SECRETS: Readonly<Record<SecretStackName, SecretEnv>> = Object.fromEntries(
  INTEGRATION_SECRETS.map((s) => [s.stackName, s.env]),
) as Record<SecretStackName, SecretEnv>;

/** What `Resource` from `sst/resource` looks like to us: linked components by name. */
export type LinkedResources = { readonly [name: string]: unknown };

/**
 * The secrets linked to this function, read once per cold start. SST encrypts linked values into
 * the bundle and its SDK decrypts them when `Resource` is first read (with `SST_KEY`), so no
 * secret is a plaintext environment variable of the function. Secrets not linked, or linked but
 * left empty (an optional integration never set), are absent: that integration is off.
 */
export function linkedSecrets(resources: LinkedResources = Resource as unknown as LinkedResources): Secrets {
  const found: Record<string, string> = {};
  for (const [name, key] of Object.entries(LINKED_SECRETS)) {
    if (!(name in resources)) continue;
    const value = (resources[name] as { value?: unknown } | undefined)?.value;
    if (typeof value === 'string' && value !== '') found[key] = value;
  }
  return parseSecrets(found);
}
