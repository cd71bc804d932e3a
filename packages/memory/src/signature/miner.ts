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
const EMPTY_VALUE = /^(?:\(\)|\[\]|\{\}|""|'')[,;:.]?$/;

/** The regexes mining runs on untrusted (masked) lines, for the adversarial-input test and benchmark. */
export const MINER_PATTERNS: readonly UntrustedPattern[] = [
  { name: 'miner/whitespace', pattern: WHITESPACE },
  { name: 'miner/empty-value', pattern: EMPTY_VALUE },
];

export function tokenize(masked: string): string[] {
  return masked.split(WHITESPACE).filter((t) => t.length > 0);
}

// A masked value, or an empty one: `()`, `[]`, `""`.
const isVariableToken = (token: string) => token.includes(WILDCARD) || EMPTY_VALUE.test(token);

type Group = { tokens: string[]; parent: number };

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
      groups.push({ tokens, parent: id });
      groupOf.set(key, id);
    }
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

  for (const [length, ids] of byLength) {
    let changed = true;
    while (changed) {
      changed = false;
      for (let p = 0; p < length; p++) {
        const live = [...new Set(ids.map(find))];
        const families = new Map<string, number[]>();
        for (const id of live) {
          const tokens = (groups[id] as Group).tokens;
          const key = `${tokens.slice(0, p).join('\u0001')}\u0000${tokens.slice(p + 1).join('\u0001')}`;
          const family = families.get(key);
          if (family) family.push(id);
          else families.set(key, [id]);
        }
        for (const family of families.values()) {
          if (family.length < 2) continue;
          const values = new Set(family.map((id) => (groups[id] as Group).tokens[p] as string));
          const tokens = (groups[family[0] as number] as Group).tokens;
          const context = tokens.filter((t, i) => i !== p && !isVariableToken(t)).length;
          const allVariable = [...values].every(isVariableToken);
          const manyWords =
            (p > 0 || context >= 2 * minContext) && context >= minContext && values.size >= minDistinct;
          if (!(allVariable || manyWords)) continue;
          const [head, ...rest] = family as [number, ...number[]];
          (groups[head] as Group).tokens[p] = WILDCARD;
          for (const id of rest) (groups[id] as Group).parent = head;
          changed = true;
        }
      }
    }
  }

  return lineGroup.map((id) => {
    const root = find(id);
    return { clusterId: root, template: (groups[root] as Group).tokens.join(' ') };
  });
}
