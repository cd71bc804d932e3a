import { isSecretName, REDACTED, redactText } from '@sre-agent/core';

/** Caps of one sanitised value: string length, array length, object keys, depth. */
export type JsonCaps = { maxString: number; maxItems: number; maxKeys: number; maxDepth: number };

const DEFAULT_CAPS: JsonCaps = { maxString: 2000, maxItems: 100, maxKeys: 60, maxDepth: 8 };

/**
 * A copy of `value` fit to leave the agent: every string redacted (secrets, credentials in URLs)
 * and cut, the value of a secret-named key (`password`, `db-password`, `AWS_SECRET_ACCESS_KEY`) or
 * of a secret-named env var (`{name: 'DB_PASSWORD', value}`) withheld, as core's `redactValue` does, arrays and objects capped, depth bounded, non-JSON values dropped. Tool results are
 * cluster text (logs, events, findings, memories): attacker-controlled, so bounded before use.
 */
export function sanitiseJson(value: unknown, caps: Partial<JsonCaps> = {}): unknown {
  return walk(value, { ...DEFAULT_CAPS, ...caps }, 0);
}

function walk(value: unknown, caps: JsonCaps, depth: number, secret = false): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return secret ? REDACTED : Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    if (secret && value !== '') return REDACTED;
    return cut(redactText(cut(value, caps.maxString * 2)), caps.maxString);
  }
  if (depth >= caps.maxDepth) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, caps.maxItems).map((v) => walk(v, caps, depth + 1, secret));
    if (value.length > caps.maxItems) items.push(`… ${value.length - caps.maxItems} more`);
    return items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // A Kubernetes env var `{ name: 'DB_PASSWORD', value: 'x' }`: the name says the value is secret.
    const named = (value as { name?: unknown }).name;
    const secretEnv = typeof named === 'string' && 'value' in value && isSecretName(named);
    let n = 0;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined || typeof v === 'function') continue;
      if (n++ >= caps.maxKeys) break;
      const secret = isSecretName(key) || (secretEnv && key === 'value');
      out[cut(key, 100)] = walk(v, caps, depth + 1, secret);
    }
    return out;
  }
  return null;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * A sanitised value as the model sees it: the JSON itself when it fits in `maxChars`, else its
 * first `maxChars` characters as text under `truncated`, so that no tool result outgrows its bound.
 */
export function boundJson(value: unknown, maxChars: number): unknown {
  const text = JSON.stringify(value) ?? 'null';
  if (text.length <= maxChars) return value;
  return { truncated: true, totalChars: text.length, partial: text.slice(0, maxChars) };
}
