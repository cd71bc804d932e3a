import type { LabelSelectorSpec } from '../resources/types.ts';

export type Operator = 'exists' | '!' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt';

/** One requirement of a label selector, e.g. `tier in (web,api)`. */
export type Requirement = { key: string; operator: Operator; values: string[] };

export type LabelSelector = { requirements: Requirement[] };

/** A label selector that did not parse; the API answers it with 400 BadRequest. */
export class SelectorParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectorParseError';
  }
}

const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkKey(key: string): void {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !PREFIX.test(prefix))) {
    throw new SelectorParseError(`invalid label key "${key}": prefix part must be a DNS-1123 subdomain`);
  }
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) {
    throw new SelectorParseError(
      `invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
}

function checkValue(value: string): void {
  if (value.length > 63 || (value.length > 0 && !NAME.test(value))) {
    throw new SelectorParseError(
      `invalid label value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
}

type Token = { kind: 'id' | 'op'; text: string };

const SPECIAL = new Set([' ', '\t', '\n', '\r', ',', '=', '!', '(', ')', '<', '>']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '=' && text[i + 1] === '=') {
      tokens.push({ kind: 'op', text: '==' });
      i += 2;
    } else if (c === '!' && text[i + 1] === '=') {
      tokens.push({ kind: 'op', text: '!=' });
      i += 2;
    } else if (SPECIAL.has(c)) {
      tokens.push({ kind: 'op', text: c });
      i++;
    } else {
      let j = i;
      while (j < text.length && !SPECIAL.has(text[j] as string)) j++;
      tokens.push({ kind: 'id', text: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

/**
 * Parses the `labelSelector` query parameter: `app=web,tier!=db`, `env in (prod,staging)`,
 * `!canary`, `release`, `replicas>2`.
 */
export function parseLabelSelector(text: string): LabelSelector {
  const tokens = tokenize(text);
  const requirements: Requirement[] = [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const fail = (message: string): never => {
    throw new SelectorParseError(`unable to parse requirement: ${message}`);
  };
  const readValues = (): string[] => {
    if (next()?.text !== '(') fail(`expected '(' in "${text}"`);
    const values: string[] = [];
    for (;;) {
      const token = next();
      if (!token) return fail(`missing ')' in "${text}"`);
      if (token.kind === 'op' && token.text === ')') {
        if (values.length === 0) values.push('');
        return values;
      }
      if (token.kind === 'op' && token.text === ',') {
        if (values.length === 0) values.push('');
        const after = peek();
        if (after?.kind === 'op' && (after.text === ',' || after.text === ')')) values.push('');
        continue;
      }
      if (token.kind !== 'id') return fail(`unexpected "${token.text}" in "${text}"`);
      checkValue(token.text);
      values.push(token.text);
    }
  };

  while (pos < tokens.length) {
    const first = next() as Token;
    if (first.kind === 'op' && first.text === '!') {
      const key = next();
      if (key?.kind !== 'id') fail(`missing key after '!' in "${text}"`);
      checkKey((key as Token).text);
      requirements.push({ key: (key as Token).text, operator: '!', values: [] });
    } else if (first.kind === 'id') {
      checkKey(first.text);
      const op = peek();
      if (!op || (op.kind === 'op' && op.text === ',')) {
        requirements.push({ key: first.text, operator: 'exists', values: [] });
      } else if (op.kind === 'op' && (op.text === '=' || op.text === '==' || op.text === '!=')) {
        pos++;
        const value = peek();
        let v = '';
        if (value && value.kind === 'id') {
          v = value.text;
          pos++;
        }
        checkValue(v);
        requirements.push({ key: first.text, operator: op.text === '!=' ? '!=' : '=', values: [v] });
      } else if (op.kind === 'op' && (op.text === '<' || op.text === '>')) {
        pos++;
        const value = next();
        if (value?.kind !== 'id' || !/^-?[0-9]+$/.test(value.text)) {
          fail(`for 'Gt', 'Lt' operators, the value must be an integer in "${text}"`);
        }
        requirements.push({
          key: first.text,
          operator: op.text === '>' ? 'gt' : 'lt',
          values: [(value as Token).text],
        });
      } else if (op.kind === 'id' && (op.text === 'in' || op.text === 'notin')) {
        pos++;
        requirements.push({ key: first.text, operator: op.text, values: readValues() });
      } else {
        fail(`found '${op.text}', expected: '=', '!=', '==', 'in', notin' in "${text}"`);
      }
    } else {
      fail(`found '${first.text}', expected: !, identifier, or 'end of string' in "${text}"`);
    }
    const separator = next();
    if (separator && !(separator.kind === 'op' && separator.text === ',')) {
      fail(`found '${separator.text}', expected: ',' or 'end of string' in "${text}"`);
    }
    if (separator && pos >= tokens.length) fail(`found 'end of string', expected: identifier in "${text}"`);
  }
  return { requirements };
}

function matchesRequirement(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = labels[r.key];
  switch (r.operator) {
    case 'exists':
      return has;
    case '!':
      return !has;
    case '=':
    case 'in':
      return has && r.values.includes(value as string);
    case '!=':
    case 'notin':
      return !has || !r.values.includes(value as string);
    case 'gt':
    case 'lt': {
      if (!has || !/^-?[0-9]+$/.test(value as string)) return false;
      const n = Number(value);
      const bound = Number(r.values[0]);
      return r.operator === 'gt' ? n > bound : n < bound;
    }
  }
}

/** Whether `labels` satisfy every requirement; an empty selector matches everything. */
export function matchesLabels(selector: LabelSelector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return selector.requirements.every((r) => matchesRequirement(r, l));
}

/** A `metav1.LabelSelector` (matchLabels + matchExpressions) as requirements. */
export function fromLabelSelectorSpec(spec: LabelSelectorSpec | undefined): LabelSelector {
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(spec?.matchLabels ?? {})) {
    requirements.push({ key, operator: '=', values: [value] });
  }
  for (const expr of spec?.matchExpressions ?? []) {
    const op = expr.operator;
    if (op === 'In') requirements.push({ key: expr.key, operator: 'in', values: expr.values ?? [] });
    else if (op === 'NotIn')
      requirements.push({ key: expr.key, operator: 'notin', values: expr.values ?? [] });
    else if (op === 'Exists') requirements.push({ key: expr.key, operator: 'exists', values: [] });
    else if (op === 'DoesNotExist') requirements.push({ key: expr.key, operator: '!', values: [] });
  }
  return { requirements };
}

/** The canonical text form, as `Scale.status.selector` and kubectl show it. */
export function formatLabelSelector(selector: LabelSelector): string {
  return [...selector.requirements]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => {
      switch (r.operator) {
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
        case '=':
          return `${r.key}=${r.values[0] ?? ''}`;
        case '!=':
          return `${r.key}!=${r.values[0] ?? ''}`;
        case 'in':
          return `${r.key} in (${[...r.values].sort().join(',')})`;
        case 'notin':
          return `${r.key} notin (${[...r.values].sort().join(',')})`;
        case 'gt':
          return `${r.key}>${r.values[0]}`;
        case 'lt':
          return `${r.key}<${r.values[0]}`;
        default:
          return '';
      }
    })
    .join(',');
}
