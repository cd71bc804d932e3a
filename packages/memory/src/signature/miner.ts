import type { UntrustedPattern } from '@sre-agent/core';
import { maskLine, WILDCARD } from './mask.ts';

export type MinerOptions = {
  /**
   * Distinct words a position must take, among lines that agree everywhere else, before it is
   * treated as a variable (user names, file names) rather than as words that tell events apart.
   */
  minDistinctValues?: number;
  /** Constant tokens the rest of the line must hold for a word position to become a variable. */
  minContext?: number;
};

/** One mined template and the lines it covers. */
export type MinedLine = { clusterId: number; template: string };

const WHITESPACE = /\s+/;
const DIGIT = /\d/;
const DIGITS = /\d+/g;
const WILDCARDS = /<\*>/g;
// A unit after a number (`5.2 KB`, `<1 sec`), punctuation after it kept: part of the value.
const UNIT = /^(?:[KMGTPE]i?B|B|bytes?|[mun]s|s|secs?|seconds?|mins?|minutes?|hours?|days?)([,;:.)\]]*)$/;
// A token that is only values and punctuation (`<*>`, `(<*>)`, `<<*>`).
const VALUE_ONLY = /^[^A-Za-z0-9]*(?:<\*>[^A-Za-z0-9]*)+$/;
const EMPTY_VALUE = /^(?:\(\)|\[\]|\{\}|""|'')[,;:.]?$/;

/** The regexes mining runs on untrusted (masked) lines, for the adversarial-input test and benchmark. */
export const MINER_PATTERNS: readonly UntrustedPattern[] = [
  { name: 'miner/whitespace', pattern: WHITESPACE },
  { name: 'miner/empty-value', pattern: EMPTY_VALUE },
  { name: 'miner/digit', pattern: DIGIT },
  { name: 'miner/digits', pattern: DIGITS },
  { name: 'miner/wildcards', pattern: WILDCARDS },
  { name: 'miner/unit', pattern: UNIT },
  { name: 'miner/value-only', pattern: VALUE_ONLY },
];

/** Words of a line that mining compares; later ones do not change its template (bounds the work per line). */
export const MAX_TOKENS = 128;

export function tokenize(masked: string): string[] {
  const tokens: string[] = [];
  for (const token of masked.split(WHITESPACE)) {
    if (token.length === 0) continue;
    if (tokens.length === MAX_TOKENS) break;
    const unit = tokens.length > 0 ? UNIT.exec(token) : null;
    const previous = tokens[tokens.length - 1] as string;
    if (unit && previous.endsWith(WILDCARD)) tokens[tokens.length - 1] = previous + (unit[1] ?? '');
    else tokens.push(token);
  }
  return tokens;
}

// A masked value, or an empty one: `()`, `[]`, `""`.
const isVariableToken = (token: string) => token.includes(WILDCARD) || EMPTY_VALUE.test(token);

// A word with its numbers, masked or not, made alike: `bglio46` and `bglio<*>` are one word.
const withoutDigits = (token: string) => token.replace(WILDCARDS, '0').replace(DIGITS, '0');

// The `key=` every value starts with (`user=root`, `user=guest`), or ''.
function commonKey(values: readonly string[]): string {
  const first = values[0] as string;
  const at = first.indexOf('=');
  if (at <= 0) return '';
  const key = first.slice(0, at + 1);
  return values.every((v) => v.startsWith(key)) ? key : '';
}

type Group = { tokens: string[]; parent: number; count: number };

/**
 * Batch template mining. Lines are masked, grouped by their masked token sequence, then groups of
 * the same length merge on a position when the values there look like a variable: every value holds
 * a masked part or a digit, or the position takes many distinct words among otherwise identical
 * lines. Words that take only a few values (`Started`/`Stopped`) keep events apart.
 */
export function mineTemplates(lines: readonly string[], options: MinerOptions = {}): MinedLine[] {
  const minDistinct = options.minDistinctValues ?? 5;
  const minContext = options.minContext ?? 2;
  const groupOf = new Map<string, number>();
  const groups: Group[] = [];
  const lineGroup = lines.map((line) => {
    const tokens = tokenize(maskLine(line));
    const key = tokens.join(' ');
    let id = groupOf.get(key);
    if (id === undefined) {
      id = groups.length;
      groups.push({ tokens, parent: id, count: 0 });
      groupOf.set(key, id);
    }
    (groups[id] as Group).count++;
    return id;
  });

  const find = (id: number): number => {
    let root = id;
    while ((groups[root] as Group).parent !== root) root = (groups[root] as Group).parent;
    let cur = id;
    while (cur !== root) {
      const g = groups[cur] as Group;
      cur = g.parent;
      g.parent = root;
    }
    return root;
  };

  const byLength = new Map<number, number[]>();
  groups.forEach((g, id) => {
    const list = byLength.get(g.tokens.length);
    if (list) list.push(id);
    else byLength.set(g.tokens.length, [id]);
  });

  // No value holds more than a third of the family's lines (one that does may name an event).
  const spread = (family: readonly number[], p: number) => {
    const byValue = new Map<string, number>();
    let total = 0;
    for (const id of family) {
      const g = groups[id] as Group;
      byValue.set(g.tokens[p] as string, (byValue.get(g.tokens[p] as string) ?? 0) + g.count);
      total += g.count;
    }
    return Math.max(...byValue.values()) * 3 <= total;
  };

  // Lines that agree everywhere but at position `p`.
  // Keyed by a 64-bit hash of the other positions' interned words (no string per line and
  // position), then checked word by word, so a collision never joins different lines.
  const wordIds = new Map<string, number>();
  const wordId = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size + 1;
      wordIds.set(word, id);
    }
    return id;
  };
  const familiesAt = (ids: readonly number[], p: number) => {
    const families = new Map<string, number[]>();
    for (const id of new Set(ids.map(find))) {
      const tokens = (groups[id] as Group).tokens;
      let a = 0x811c9dc5;
      let b = 0;
      for (let i = 0; i < tokens.length; i++) {
        const w = i === p ? 0 : wordId(tokens[i] as string);
        a = Math.imul(a ^ w, 0x01000193) >>> 0;
        b = (Math.imul(b, 0x5bd1e995) + w + 1) >>> 0;
      }
      const key = `${a}:${b}`;
      const family = families.get(key);
      if (family) family.push(id);
      else families.set(key, [id]);
    }
    const alike = (x: readonly string[], y: readonly string[]) => x.every((t, i) => i === p || t === y[i]);
    const out: number[][] = [];
    for (const family of families.values()) {
      if (family.length < 2) continue;
      const first = (groups[family[0] as number] as Group).tokens;
      const same = family.filter((id) => alike((groups[id] as Group).tokens, first));
      if (same.length > 1) out.push(same);
    }
    return out;
  };

  // The line lengths at which each word varies among otherwise identical lines. Words that vary
  // in statements of different lengths (`session closed for user news`, `session opened for user
  // news by …`) are names passed around, not words of one statement.
  const varyingAt = new Map<string, Set<number>>();
  for (const [length, ids] of byLength) {
    if (ids.length < 2) continue;
    for (let p = 0; p < length; p++) {
      for (const family of familiesAt(ids, p)) {
        for (const id of family) {
          const word = (groups[id] as Group).tokens[p] as string;
          const lengths = varyingAt.get(word);
          if (lengths) lengths.add(length);
          else varyingAt.set(word, new Set([length]));
        }
      }
    }
  }
  const sharedWords = (values: readonly string[], length: number) =>
    values.filter((v) => [...(varyingAt.get(v) ?? [])].some((l) => l !== length)).length;

  for (const [length, ids] of byLength) {
    let changed = ids.length > 1;
    while (changed) {
      changed = false;
      for (let p = 0; p < length; p++) {
        for (const family of familiesAt(ids, p)) {
          const values = new Set(family.map((id) => (groups[id] as Group).tokens[p] as string));
          const tokens = (groups[family[0] as number] as Group).tokens;
          const context = tokens.filter((t, i) => i !== p && !isVariableToken(t)).length;
          // Words holding digits vary like numbers where masking found a value (`bglio<*>`,
          // `bglio46`) or once they take a few values, alike but for their digits (`CPU0` to
          // `CPU3`) or evenly spread; two (`ee0` and `alt0`, `IPV4` and `IPV6`) may name two events.
          const all = [...values];
          const allVariable =
            all.every(isVariableToken) ||
            (all.every((v) => isVariableToken(v) || DIGIT.test(v)) &&
              (all.some((v) => v.includes(WILDCARD)) ||
                (values.size >= 3 && (new Set(all.map(withoutDigits)).size === 1 || spread(family, p)))));
          const key = commonKey([...values]);
          // `rhost=<*>` beside `rhost=example.com`: the key's value is a variable.
          const maskedField = key !== '' && [...values].some((v) => v.includes(WILDCARD));
          const words =
            (p > 0 || context >= 2 * minContext) &&
            context >= minContext &&
            (values.size >= minDistinct || (values.size >= 3 && sharedWords([...values], length) >= 2));
          if (!(allVariable || maskedField || words)) continue;
          const [head, ...rest] = family as [number, ...number[]];
          (groups[head] as Group).tokens[p] = `${key}${WILDCARD}`;
          for (const id of rest) {
            (groups[id] as Group).parent = head;
            (groups[head] as Group).count += (groups[id] as Group).count;
          }
          changed = true;
        }
      }
    }
  }

  // Templates whose words agree once bare values are left out are one event with an optional
  // value (`0 bytes sent`, `1190 bytes (1.16 KB) sent`).
  const byWords = new Map<string, number>();
  for (let id = 0; id < groups.length; id++) {
    if (find(id) !== id) continue;
    const words = (groups[id] as Group).tokens.filter((t) => !VALUE_ONLY.test(t)).join(' ');
    const head = byWords.get(words);
    if (head === undefined) byWords.set(words, id);
    else (groups[id] as Group).parent = head;
  }

  return lineGroup.map((id) => {
    const root = find(id);
    return { clusterId: root, template: (groups[root] as Group).tokens.join(' ') };
  });
}
