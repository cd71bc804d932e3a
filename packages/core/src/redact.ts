/**
 * Secret redaction applied to anything that leaves the cluster boundary (Slack, Teams, Bedrock,
 * Pinecone, logs, stored evidence). Conservative by design: a false positive costs a little
 * context, a false negative leaks a credential.
 */

export const REDACTED = '[REDACTED]';

type Rule = { name: string; pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

const SECRET_KEY_WORDS =
  'pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|auth(?:orization)?|credentials?|session[_-]?id|cookie|signature|sig';

const RULES: readonly Rule[] = [
  {
    name: 'private-key',
    pattern:
      /-----BEGIN (?:[A-Z0-9 ]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9 ]+ )?PRIVATE KEY-----|$)/g,
    replace: () => `${REDACTED}:private-key`,
  },
  {
    name: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
    replace: () => REDACTED,
  },
  {
    name: 'url-credentials',
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@]+):([^\s@/]+)@/gi,
    replace: (_m, scheme, user) => `${scheme}${user}:${REDACTED}@`,
  },
  {
    name: 'bearer',
    pattern: /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/g,
    replace: (_m, kind) => `${kind} ${REDACTED}`,
  },
  {
    name: 'aws-access-key-id',
    pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/g,
    replace: () => REDACTED,
  },
  { name: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, replace: () => REDACTED },
  {
    name: 'github-token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
    replace: () => REDACTED,
  },
  {
    name: 'stripe-style-key',
    pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}/g,
    replace: () => REDACTED,
  },
  { name: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, replace: () => REDACTED },
  {
    // key=value, key: value, "key": "value", key='value' where the key names a secret.
    name: 'key-value',
    // Bounded repetitions keep this linear on long unbroken lines; the look-ahead keeps words that
    // merely start like a secret name (`Authentication`, `Unauthorized`, `tokenizer`) out.
    pattern: new RegExp(
      `((?:["']?)[A-Za-z0-9_.-]{0,64}(?:${SECRET_KEY_WORDS})(?![a-z])[A-Za-z0-9_.-]{0,64}["']?\\s{0,8}(?:=|:)\\s{0,8})("[^"]{0,4096}"|'[^']{0,4096}'|[^\\s,;&)}\\]]{1,4096})`,
      'gi',
    ),
    replace: (_m, prefix, value) => {
      if (/^["']?\[REDACTED/.test(value)) return `${prefix}${value}`;
      const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
      return `${prefix}${quote}${REDACTED}${quote}`;
    },
  },
];

/** Returns `text` with secrets replaced by `[REDACTED]`. Idempotent. */
export function redactText(text: string): string {
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  return out;
}

const SECRET_FIELD = new RegExp(`^(?:.*[_-])?(?:${SECRET_KEY_WORDS})(?:[_-].*)?$`, 'i');

/** Deep-redacts a JSON-like value: secret-named fields lose their value, every string is redacted. */
export function redactValue<T>(value: T): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key && SECRET_FIELD.test(key) && v !== '' ? REDACTED : redactText(v);
    if (Array.isArray(v)) return v.map((item) => walk(item));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    }
    return v;
  };
  return walk(value) as T;
}
