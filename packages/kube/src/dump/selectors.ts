import { ValidationError } from '@sre-agent/core';

/** One requirement of a label selector (`app=web`, `tier!=db`, `env in (a,b)`, `canary`, `!canary`). */
type LabelRequirement =
  | { op: 'eq' | 'ne'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: Set<string> }
  | { op: 'exists' | 'absent'; key: string };

/** Splits at commas outside parentheses, without a regex. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms.map((t) => t.trim()).filter((t) => t.length > 0);
}

function parseTerm(term: string): LabelRequirement {
  for (const [word, op] of [
    [' notin ', 'notin'],
    [' in ', 'in'],
  ] as const) {
    const at = term.indexOf(word);
    if (at > 0) {
      const list = term.slice(at + word.length).trim();
      if (!list.startsWith('(') || !list.endsWith(')'))
        throw new ValidationError(`bad label selector term "${term}"`);
      const values = new Set(
        list
          .slice(1, -1)
          .split(',')
          .map((v) => v.trim()),
      );
      return { op, key: term.slice(0, at).trim(), values };
    }
  }
  for (const [sign, op] of [
    ['!=', 'ne'],
    ['==', 'eq'],
    ['=', 'eq'],
  ] as const) {
    const at = term.indexOf(sign);
    if (at > 0) return { op, key: term.slice(0, at).trim(), value: term.slice(at + sign.length).trim() };
  }
  if (term.startsWith('!')) return { op: 'absent', key: term.slice(1).trim() };
  return { op: 'exists', key: term };
}

/** Whether `labels` match a Kubernetes label selector string; an empty selector matches everything. */
export function matchesLabelSelector(labels: Record<string, string> | undefined, selector: string): boolean {
  const have = labels ?? {};
  return splitTerms(selector)
    .map(parseTerm)
    .every((r) => {
      const value = Object.hasOwn(have, r.key) ? have[r.key] : undefined;
      switch (r.op) {
        case 'eq':
          return value === r.value;
        case 'ne':
          return value !== r.value;
        case 'in':
          return value !== undefined && r.values.has(value);
        case 'notin':
          return value === undefined || !r.values.has(value);
        case 'exists':
          return value !== undefined;
        case 'absent':
          return value === undefined;
      }
      return false;
    });
}

/** The value at a dotted path (`spec.nodeName`, `involvedObject.kind`), as a field selector reads it. */
function fieldValue(object: unknown, path: string): string {
  let at: unknown = object;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return '';
    at = Object.hasOwn(at, part) ? (at as Record<string, unknown>)[part] : undefined;
  }
  return typeof at === 'string' || typeof at === 'number' || typeof at === 'boolean' ? String(at) : '';
}

/** Whether an object matches a field selector (`metadata.name=web-1,type=Warning`, `status.phase!=Running`). */
export function matchesFieldSelector(object: unknown, selector: string): boolean {
  return splitTerms(selector).every((term) => {
    const ne = term.indexOf('!=');
    if (ne > 0) return fieldValue(object, term.slice(0, ne).trim()) !== term.slice(ne + 2).trim();
    const eq = term.indexOf('=');
    if (eq <= 0) throw new ValidationError(`bad field selector term "${term}"`);
    const value = term.slice(term[eq + 1] === '=' ? eq + 2 : eq + 1).trim();
    return fieldValue(object, term.slice(0, eq).trim()) === value;
  });
}
