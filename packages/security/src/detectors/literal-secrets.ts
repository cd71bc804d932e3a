import type { Finding } from '../finding.ts';
import { allContainers } from '../pss/pod-spec-schema.ts';
import type { Detector } from './detector.ts';

/** Words of a variable name that say it holds a credential. */
const CREDENTIAL_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'PWD',
  'PASS',
  'SECRET',
  'TOKEN',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'PRIVATEKEY',
]);
/** Word pairs that do (`API_KEY`, `ACCESS_KEY`, `SECRET_KEY`, `PRIVATE_KEY`). */
const KEY_PREFIXES = new Set(['API', 'ACCESS', 'SECRET', 'PRIVATE', 'SIGNING', 'ENCRYPTION', 'AUTH']);
/** A last word that says the variable holds something about a credential, not the credential. */
const NOT_A_VALUE = new Set([
  'FILE',
  'PATH',
  'DIR',
  'NAME',
  'USER',
  'USERNAME',
  'REF',
  'ID',
  'TTL',
  'EXPIRY',
  'LENGTH',
  'LEN',
  'TYPE',
  'HEADER',
  'ENABLED',
  'REQUIRED',
  'URL',
  'ENDPOINT',
  'KEYS',
  'POLICY',
  'SECONDS',
  'TIMEOUT',
  'MODE',
  'VERSION',
]);
const MAX_NAME = 256;

/** Splits `dbPassword`, `DB_PASSWORD`, `db-password.file` into upper-case words (no regex: the name is untrusted). */
function words(name: string): string[] {
  const out: string[] = [];
  let word = '';
  let previousLower = false;
  for (const ch of name.slice(0, MAX_NAME)) {
    const isUpper = ch >= 'A' && ch <= 'Z';
    const isLower = ch >= 'a' && ch <= 'z';
    const isDigit = ch >= '0' && ch <= '9';
    if (!isUpper && !isLower && !isDigit) {
      if (word) out.push(word.toUpperCase());
      word = '';
      previousLower = false;
      continue;
    }
    if (isUpper && previousLower && word) {
      out.push(word.toUpperCase());
      word = '';
    }
    word += ch;
    previousLower = isLower || isDigit;
  }
  if (word) out.push(word.toUpperCase());
  return out;
}

/** Whether a variable or key name says it holds a credential (`DB_PASSWORD`, `apiKey`, `STRIPE_SECRET_KEY`). */
export function isCredentialName(name: string): boolean {
  const parts = words(name);
  const last = parts[parts.length - 1];
  if (last === undefined || NOT_A_VALUE.has(last)) return false;
  return parts.some(
    (w, i) => CREDENTIAL_WORDS.has(w) || (w === 'KEY' && i > 0 && KEY_PREFIXES.has(parts[i - 1] ?? '')),
  );
}

/** Whether a literal looks like a credential rather than a flag, a reference or a placeholder to fill in. */
export function looksLikeCredentialValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 4) return false;
  if (v.startsWith('$(') || v.startsWith('${')) return false; // a reference, resolved elsewhere
  const lower = v.toLowerCase();
  return !['true', 'false', 'yes', 'no', 'none', 'null', 'enabled', 'disabled'].includes(lower);
}

/**
 * Credentials written into manifests: env variables with a credential's name and a literal
 * value, and ConfigMap keys with one. The value is never printed, stored or sent.
 */
export const detectLiteralSecrets: Detector = (inventory) => {
  const findings: Finding[] = [];
  for (const workload of inventory.workloads) {
    for (const container of allContainers(workload.pod.spec)) {
      for (const env of container.env ?? []) {
        if (env.value == null || !isCredentialName(env.name) || !looksLikeCredentialValue(env.value))
          continue;
        findings.push({
          id: 'secretInEnv',
          severity: 'high',
          namespace: workload.namespace,
          kind: workload.kind,
          name: workload.name,
          container: container.name,
          message: `env ${JSON.stringify(env.name.slice(0, MAX_NAME))} holds a literal credential (value not shown)`,
          fix: 'move the value into a Secret and reference it with valueFrom.secretKeyRef; rotate the exposed credential',
        });
      }
    }
  }
  for (const configMap of inventory.configMaps) {
    const keys = Object.entries(configMap.data)
      .filter(([key, value]) => isCredentialName(key) && looksLikeCredentialValue(value))
      .map(([key]) => key.slice(0, MAX_NAME));
    if (keys.length === 0) continue;
    findings.push({
      id: 'secretInConfigMap',
      severity: 'high',
      namespace: configMap.namespace,
      kind: 'ConfigMap',
      name: configMap.name,
      message: `keys ${keys
        .slice(0, 8)
        .map((k) => JSON.stringify(k))
        .join(', ')} hold literal credentials (values not shown)`,
      fix: 'move the values into a Secret; rotate the exposed credentials',
    });
  }
  return findings;
};
