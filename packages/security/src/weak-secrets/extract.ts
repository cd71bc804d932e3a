import { isCredentialName } from '../detectors/literal-secrets.ts';
import { MAX_PASSWORD_LENGTH } from './strength.ts';

/** One password-like value found in a Secret, and where: `key` names the data key and the field inside it. */
export type PasswordCandidate = { key: string; value: string };

/** A Secret as the scan reads it: `data` base64-encoded (as the API returns it), `stringData` plain (manifests). */
export type SecretData = {
  type?: string;
  data: Readonly<Record<string, string>>;
  stringData?: Readonly<Record<string, string>>;
};

/** Keys read per Secret, fields per value, and the longest value parsed (decoded). */
export const MAX_KEYS_PER_SECRET = 64;
const MAX_FIELDS_PER_VALUE = 64;
export const MAX_DECODED_VALUE = 64 * 1024;
const MAX_JSON_DEPTH = 6;
const MAX_KEY_NAME = 253;

/** Types whose data is never a password: tokens, certificates, keys and Helm's release records. */
const NOT_PASSWORD_TYPES = new Set([
  'kubernetes.io/service-account-token',
  'kubernetes.io/tls',
  'kubernetes.io/ssh-auth',
  'bootstrap.kubernetes.io/token',
  'helm.sh/release.v1',
]);
const NOT_PASSWORD_KEYS = new Set(['tls.crt', 'tls.key', 'ca.crt', 'ca.key']);

/** Whether a key or field name says it holds a password (`password`, `PGPASSWORD`, `redis-pass`, `apiKey`). */
export function isPasswordName(name: string): boolean {
  if (isCredentialName(name)) return true;
  const lower = name.toLowerCase();
  if (lower.endsWith('file') || lower.endsWith('path') || lower.endsWith('url')) return false;
  return lower.includes('password') || lower.includes('passwd') || lower.includes('passphrase');
}

/** Text that is a certificate, a key or a signed token rather than something a person chose. */
function isKeyMaterial(text: string): boolean {
  const t = text.trimStart();
  if (t.startsWith('-----BEGIN') || t.startsWith('ssh-') || t.startsWith('ecdsa-')) return true;
  // A JWT (service-account and OIDC tokens): base64url JSON header, payload and signature.
  return t.startsWith('eyJ') && t.split('.').length === 3;
}

function isPrintable(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\uFFFD' || (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t')) return false;
  }
  return true;
}

/** The password of a connection string (`postgres://user:pass@host/db`, `redis://:pass@host`), if any. */
export function connectionPassword(text: string): string | undefined {
  const t = text.trim();
  if (!t.includes('://') || !t.includes('@') || t.includes('\n')) return undefined;
  try {
    const password = new URL(t).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/** `KEY=VALUE` lines (`.env`, optionally `export KEY=...` and quoted values). */
function envPairs(text: string): [string, string][] | undefined {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (lines.length === 0) return undefined;
  const pairs: [string, string][] = [];
  for (const line of lines.slice(0, MAX_FIELDS_PER_VALUE)) {
    const eq = line.indexOf('=');
    if (eq <= 0) return undefined;
    let name = line.slice(0, eq).trim();
    if (name.startsWith('export ')) name = name.slice('export '.length).trim();
    if (name === '' || name.includes(' ')) return undefined;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote))
      value = value.slice(1, -1);
    pairs.push([name, value]);
  }
  return pairs;
}

/** Password-like fields of a JSON value: credential-named strings, connection strings, docker `auth`. */
function jsonCandidates(value: unknown, path: string, depth: number, out: PasswordCandidate[]): void {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value as Record<string, unknown>);
  for (const [name, field] of entries.slice(0, MAX_FIELDS_PER_VALUE)) {
    if (out.length >= MAX_FIELDS_PER_VALUE) return;
    const fieldPath = `${path}.${name.slice(0, MAX_KEY_NAME)}`;
    if (typeof field === 'string') {
      const password =
        name === 'auth'
          ? dockerAuthPassword(field)
          : (connectionPassword(field) ?? (isPasswordName(name) ? field : undefined));
      if (password !== undefined) out.push({ key: fieldPath, value: password });
    } else {
      jsonCandidates(field, fieldPath, depth + 1, out);
    }
  }
}

/** A docker config `auth` is base64 of `user:password`; the password may well be a registry token. */
function dockerAuthPassword(auth: string): string | undefined {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && isPrintable(decoded) ? decoded.slice(colon + 1) : undefined;
}

/** The password-like values inside one decoded value stored under `key`. */
export function candidatesOfValue(key: string, text: string): PasswordCandidate[] {
  if (text.length === 0 || text.length > MAX_DECODED_VALUE || !isPrintable(text) || isKeyMaterial(text))
    return [];
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const out: PasswordCandidate[] = [];
      jsonCandidates(JSON.parse(trimmed) as unknown, key, 0, out);
      return out;
    } catch {
      // Not JSON after all: judged as text below.
    }
  }
  const inUrl = connectionPassword(trimmed);
  if (inUrl !== undefined) return [{ key, value: inUrl }];
  if (trimmed.includes('\n') || (!isPasswordName(key) && trimmed.includes('='))) {
    const pairs = envPairs(trimmed);
    if (pairs) {
      return pairs.flatMap(([name, value]): PasswordCandidate[] => {
        const password = connectionPassword(value) ?? (isPasswordName(name) ? value : undefined);
        return password ? [{ key: `${key}:${name.slice(0, MAX_KEY_NAME)}`, value: password }] : [];
      });
    }
  }
  if (!isPasswordName(key) || trimmed.includes('\n') || trimmed.length > MAX_PASSWORD_LENGTH) return [];
  return [{ key, value: trimmed }];
}

/**
 * Every password-like value of a Secret: `data` base64-decoded, then connection strings, `.env`
 * content and JSON (docker config included) opened up, certificates, keys and tokens left out.
 * At most 64 keys are read, values up to 64 KiB decoded.
 */
export function passwordCandidates(secret: SecretData): PasswordCandidate[] {
  if (secret.type && NOT_PASSWORD_TYPES.has(secret.type)) return [];
  const decoded = new Map<string, string>();
  for (const [key, encoded] of Object.entries(secret.data).slice(0, MAX_KEYS_PER_SECRET)) {
    // base64 grows by 4/3: anything longer would decode past the bound.
    if (encoded.length > (MAX_DECODED_VALUE * 4) / 3 + 4) continue;
    decoded.set(key, Buffer.from(encoded, 'base64').toString('utf8'));
  }
  for (const [key, plain] of Object.entries(secret.stringData ?? {}).slice(0, MAX_KEYS_PER_SECRET)) {
    if (plain.length <= MAX_DECODED_VALUE) decoded.set(key, plain);
  }
  const out: PasswordCandidate[] = [];
  for (const [key, text] of [...decoded].slice(0, MAX_KEYS_PER_SECRET)) {
    if (NOT_PASSWORD_KEYS.has(key)) continue;
    out.push(...candidatesOfValue(key.slice(0, MAX_KEY_NAME), text));
  }
  return out;
}
