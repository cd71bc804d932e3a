/**
 * Secret redaction applied to anything that leaves the cluster boundary (Slack, Teams, Bedrock,
 * Pinecone, logs, stored evidence). Conservative by design: a false positive costs a little
 * context, a false negative leaks a credential.
 *
 * Linear-time on any input: every regex starts only where a run of its characters starts (a
 * look-behind, so a long run is scanned once, not once per position), repeats are bounded, and
 * connection strings are read by a small scanner.
 */
import type { UntrustedPattern } from './untrusted-pattern.ts';

export const REDACTED = '[REDACTED]';

type Replace = (match: string, ...groups: string[]) => string;
type Rule = { name: string; pattern: RegExp; replace: Replace };

const SECRET_KEY_WORDS =
  'pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|account[_-]?key|auth(?:orization)?|credentials?|session[_-]?id|cookie|signature|sig';

// A key naming a secret: the whole run of name characters (`DB_PASSWORD`, `dbPassword`,
// `spring.datasource.password`, `--password`), started where the run starts. The look-ahead keeps
// words that merely start like a secret name (`Authentication`, `Unauthorized`, `tokenizer`) out.
const SECRET_NAME_CHARS = `[A-Za-z0-9_.-]{0,64}(?:${SECRET_KEY_WORDS})(?![a-z])[A-Za-z0-9_.-]{0,64}`;
const SECRET_KEY = `(?<![A-Za-z0-9_.-])${SECRET_NAME_CHARS}`;
const PASSWORD_KEY = `(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,64}(?:pass(?:word|wd|phrase)?|pwd)(?![a-z])[A-Za-z0-9_.-]{0,64}`;
// A quote around a key or a value, possibly escaped (`{\"password\":\"x\"}` inside a JSON string).
const QUOTE = `(?:\\\\?["'])`;
// One word of an unquoted value, and a word that starts the next `key=` / `key:` pair instead.
const WORD = `[^\\s,;&)}\\]]{1,4096}`;
const NEXT_KEY = `[A-Za-z0-9_.-]{1,64}[=:]`;
// A word of a passphrase: short, so that a key followed by one long word fails fast.
const PHRASE_WORD = `[^\\s,;&)}\\]]{1,256}`;

/** The quote a value opens with (`"`, `'`, or an escaped `\"` inside a JSON string), or none. */
function openingQuote(value: string): string {
  const first = value.charAt(0);
  if (first === '"' || first === "'") return first;
  const second = value.charAt(1);
  return first === '\\' && (second === '"' || second === "'") ? first + second : '';
}

// Values no secret is: a switch (`automountServiceAccountToken: false`, `tls.insecure_skip_verify=true`).
const LITERALS = new Set(['true', 'false', 'null']);

const keepQuotes = (_match: string, prefix: string, value: string) => {
  const quote = openingQuote(value);
  // Already redacted (an unquoted value stops before the closing `]`).
  if (value.startsWith('[REDACTED', quote.length)) return `${prefix}${value}`;
  if (quote === '' && LITERALS.has(value.toLowerCase())) return `${prefix}${value}`;
  return `${prefix}${quote}${REDACTED}${quote}`;
};

const RULES: readonly Rule[] = [
  {
    // PEM (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`) and PGP (`PGP PRIVATE KEY BLOCK`) private keys, whole.
    name: 'private-key',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----|$)/g,
    replace: () => `${REDACTED}:private-key`,
  },
  {
    name: 'jwt',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
    replace: () => REDACTED,
  },
  {
    name: 'slack-webhook',
    pattern: /(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/g,
    replace: (_m, path) => `${path}${REDACTED}`,
  },
  {
    // `Bearer`, `Basic` and `Token` schemes; `bearer` in any case (`Token`/`Basic` lower-case are words).
    name: 'bearer',
    pattern:
      /\b(Bearer|bearer|BEARER|Basic|Token)[ \t]+(?!\[REDACTED)(?!(?:tokens?|authentication|auth|scheme|realm)\b)[A-Za-z0-9._~+/=-]{8,}/g,
    replace: (_m, kind) => `${kind} ${REDACTED}`,
  },
  {
    name: 'aws-access-key-id',
    pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/g,
    replace: () => REDACTED,
  },
  {
    // Bot, user, app-level (`xapp-`) and refresh (`xoxe-`, `xoxe.xoxp-`) tokens.
    name: 'slack-token',
    pattern: /(?<![A-Za-z0-9.-])(?:xox[abposr]|xoxe(?:\.xox[bp])?|xapp)-[A-Za-z0-9-]{10,}/g,
    replace: () => REDACTED,
  },
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
  {
    // OpenAI (`sk-…`, `sk-proj-…`, `sk-svcacct-…`) and Anthropic (`sk-ant-api03-…`) keys.
    name: 'openai-anthropic-key',
    pattern: /(?<![A-Za-z0-9_-])sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g,
    replace: () => REDACTED,
  },
  { name: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, replace: () => REDACTED },
  {
    // `mysql -u root -pS3cret`: a password glued to `-p` (not a port mapping such as `-p8080:80`).
    name: 'glued-password-flag',
    // A value of letters only must be long (`cp -pr` and `-pv` are flags, not passwords).
    pattern:
      /(?<![^\s])-p(?!\[REDACTED)(?!\d{1,5}(?::\d{1,5}){0,2}(?:\/(?:tcp|udp))?(?![^\s]))(?=[^\s]{0,4095}[^A-Za-z\s]|[^\s]{8})[^\s-][^\s]{0,4095}/g,
    replace: () => `-p${REDACTED}`,
  },
  {
    // `--password hunter2`, `--client-secret "x y"` (the `=` form is a key-value pair below).
    name: 'secret-flag',
    pattern: new RegExp(
      `((?<![^\\s])--${SECRET_NAME_CHARS}[ \\t]{1,8})(?!-|\\[REDACTED)("[^"]{0,512}"|'[^']{0,512}'|[^\\s]{1,4096})`,
      'g',
    ),
    replace: keepQuotes,
  },
  {
    // A Kubernetes env var whose name names a secret: `- name: DB_PASSWORD` / `value: x` in YAML,
    // `{"name":"DB_PASSWORD","value":"x"}` in JSON.
    name: 'env-var-value',
    pattern: new RegExp(
      `((?<![A-Za-z0-9_])${QUOTE}?name${QUOTE}?[ \\t]{0,8}:[ \\t]{0,8}${QUOTE}?${SECRET_KEY}${QUOTE}?[ \\t]{0,8}(?:,|\\r?\\n)[ \\t-]{0,64}${QUOTE}?value${QUOTE}?[ \\t]{0,8}:[ \\t]{0,8})(\\\\"[^"\\\\\\r\\n]{0,512}\\\\"|"[^"\\r\\n]{0,512}"|'[^'\\r\\n]{0,512}'|[^\\s,}][^\\r\\n,}]{0,4095})`,
      'gi',
    ),
    replace: keepQuotes,
  },
  {
    // `password: correct horse battery staple` (YAML, prose): an unquoted value of several words, up
    // to the next `key=`/`key:` pair, flag or punctuation. After `=` (env, logfmt, query strings)
    // an unquoted value ends at the first blank, as those formats say. Each word is taken whole (a look-ahead and
    // back-reference: an atomic group), or a value of one long word is retried at every length.
    name: 'passphrase',
    pattern: new RegExp(
      `(${QUOTE}?${PASSWORD_KEY}${QUOTE}?[ \\t]{0,8}:[ \\t]{0,8})(?!${QUOTE}|\\[REDACTED)((?=(${PHRASE_WORD}))\\3(?:[ \\t]{1,8}(?!${NEXT_KEY}|-|\\[REDACTED)(?=(${PHRASE_WORD}))\\4){1,16})`,
      'gi',
    ),
    replace: keepQuotes,
  },
  {
    // key=value, key: value, "key": "value", key='value', {\"key\":\"value\"} where the key names a secret.
    name: 'key-value',
    pattern: new RegExp(
      `(${QUOTE}?${SECRET_KEY}${QUOTE}?\\s{0,8}(?:=|:)\\s{0,8})(\\\\"[^"\\\\]{0,512}\\\\"|"[^"]{0,512}"|'[^']{0,512}'|${WORD})`,
      'gi',
    ),
    replace: keepQuotes,
  },
];

const URL_TOKEN_END = new Set([' ', '\t', '\n', '\r', '\f', '\v', '"', "'", '`', '<', '>']);
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const PORT_AND_PATH = /^\d{1,5}\//;

/**
 * `scheme://user:password@host` → `scheme://user:[REDACTED]@host`, where the password may hold
 * `@ / + = :` (the last `@` of the address ends it) and the user may be empty (`redis://:pw@host`).
 * A scanner, not a regex: each character is looked at a bounded number of times.
 */
function redactUrlCredentials(text: string): string {
  let out = '';
  let from = 0;
  let sep = text.indexOf('://');
  while (sep >= 0) {
    const next = text.indexOf('://', sep + 3);
    const limit = next < 0 ? text.length : next;
    const start = sep + 3;
    let end = start;
    while (end < limit && !URL_TOKEN_END.has(text.charAt(end))) end++;
    let at = end - 1;
    while (at >= start && text.charAt(at) !== '@') at--;
    let colon = start;
    while (colon < at && text.charAt(colon) !== ':' && text.charAt(colon) !== '/') colon++;
    const password = text.slice(colon + 1, at);
    if (
      sep > 0 &&
      SCHEME_CHAR.test(text.charAt(sep - 1)) &&
      at >= start &&
      colon < at &&
      text.charAt(colon) === ':' &&
      !PORT_AND_PATH.test(password)
    ) {
      out += text.slice(from, colon + 1) + REDACTED;
      from = at;
    }
    sep = next;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Returns `text` with secrets replaced by `[REDACTED]`. Idempotent; linear in the length of `text`. */
export function redactText(text: string): string {
  let out = redactUrlCredentials(text);
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace as Replace);
  return out;
}

const SECRET_NAME = new RegExp(`(?:^|_)(?:${SECRET_KEY_WORDS})(?:_|$)`, 'i');
const CAMEL_BOUNDARY = /([a-z0-9])(?=[A-Z])/g;
const NAME_SEPARATORS = /[-.\s]+/g;
const MAX_NAME_CHARS = 256;

/** Whether a field name names a secret, in any case style: `password`, `DB_PASSWORD`, `dbPassword`, `api-key`. */
export function isSecretName(name: string): boolean {
  const words = name.slice(0, MAX_NAME_CHARS).replace(CAMEL_BOUNDARY, '$1_').replace(NAME_SEPARATORS, '_');
  return SECRET_NAME.test(words);
}

/** Deep-redacts a JSON-like value: secret-named fields lose their value, every string is redacted. */
export function redactValue<T>(value: T): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key && isSecretName(key) && v !== '' ? REDACTED : redactText(v);
    if (Array.isArray(v)) return v.map((item) => walk(item));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const entries = Object.entries(v);
      // A Kubernetes env var `{ name: 'DB_PASSWORD', value: 'x' }`: the name says the value is secret.
      const named = (v as { name?: unknown }).name;
      const secretEnv = typeof named === 'string' && 'value' in v && isSecretName(named);
      return Object.fromEntries(
        entries.map(([k, item]) => [k, secretEnv && k === 'value' ? walk(item, 'password') : walk(item, k)]),
      );
    }
    return v;
  };
  return walk(value) as T;
}

/** Every regex redaction runs on untrusted text, for the adversarial-input test and benchmark. */
export const REDACTION_PATTERNS: readonly UntrustedPattern[] = [
  ...RULES.map((rule) => ({ name: `redact/${rule.name}`, pattern: rule.pattern })),
  { name: 'redact/secret-name', pattern: SECRET_NAME, maxInput: MAX_NAME_CHARS * 2 },
  { name: 'redact/camel-boundary', pattern: CAMEL_BOUNDARY, maxInput: MAX_NAME_CHARS },
  { name: 'redact/name-separators', pattern: NAME_SEPARATORS, maxInput: MAX_NAME_CHARS },
];
