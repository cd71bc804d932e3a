import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import type { Severity } from '../finding.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/** Where a value lives: its names count as guessable (an attacker who reads the manifest knows them). */
export type SecretContext = { namespace: string; secret: string; key: string };

/** Why a value is easy to guess; never the value or a part of it. */
export type StrengthVerdict = { weak: false } | { weak: true; severity: Severity; reasons: string[] };

export type StrengthEstimator = {
  /** Judges one password-like value. The value is read, never kept or returned. */
  assess(value: string, context: SecretContext): StrengthVerdict;
};

const MIN_LENGTH = 8;
/** Longest value judged: anything longer is not a typed password (zxcvbn reads at most this much). */
export const MAX_PASSWORD_LENGTH = 256;
const ZXCVBN_MAX_LENGTH = 64;
/** Cuts the cost of l33t matching from hundreds of milliseconds to a few on long values. */
const L33T_MAX_SUBSTITUTIONS = 8;
/** Affixes around a word (`Summer2024!`, `2024admin`) that leave it a "word with digits". */
const MAX_AFFIX = 8;
/** Parts of Secret names that name nothing in particular (`payments-db-credentials` names `payments`). */
const GENERIC_NAME_PARTS = new Set([
  'secret',
  'secrets',
  'credentials',
  'credential',
  'creds',
  'password',
  'passwords',
  'auth',
  'token',
  'tokens',
  'key',
  'keys',
  'config',
  'env',
  'default',
  'app',
  'tls',
  'conf',
]);
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

function unleet(text: string): string {
  let out = '';
  for (const ch of text) out += LEET[ch] ?? ch;
  return out;
}

/** `Summ3r2024!` → `{ word: 'summer', affix: '2024!' }`: the letters between leading and trailing non-letters. */
function splitWord(value: string): { word: string; affix: string } {
  let start = 0;
  let end = value.length;
  while (start < end && !isLetter(value[start] ?? '')) start++;
  while (end > start && !isLetter(value[end - 1] ?? '')) end--;
  return {
    word: unleet(value.slice(start, end).toLowerCase()),
    affix: value.slice(0, start) + value.slice(end),
  };
}

/** The names a value must not be built on: the namespace and the specific parts of the Secret's name. */
function guessableNames(context: SecretContext): { name: string; what: string }[] {
  const names = [{ name: context.namespace.toLowerCase(), what: 'the namespace name' }];
  const secret = context.secret.toLowerCase();
  const secretParts = [secret, ...secret.replaceAll('_', '-').replaceAll('.', '-').split('-')];
  for (const part of new Set(secretParts)) {
    if (part.length >= 4 && !GENERIC_NAME_PARTS.has(part))
      names.push({ name: part, what: "the Secret's name" });
  }
  return names.filter((n) => n.name.length >= 3 && n.name !== 'default');
}

function distinctCharacters(value: string): number {
  return new Set(value).size;
}

/**
 * A value that is random-looking at a glance: long, with many distinct characters. Generated keys
 * and passphrases are; typed passwords are not. Such a value skips zxcvbn (its cost grows with
 * length) once the cheap rules found nothing.
 */
function looksGenerated(value: string): boolean {
  return value.length >= 24 && distinctCharacters(value) >= 14;
}

/** The cheap rules, most telling first. */
function ruleReasons(
  value: string,
  context: SecretContext,
  words: ReadonlySet<string>,
  common: ReadonlySet<string>,
): { severity: Severity; reason: string }[] {
  const reasons: { severity: Severity; reason: string }[] = [];
  const lower = value.toLowerCase();
  const { word, affix } = splitWord(value);
  if (common.has(lower) || common.has(unleet(lower))) {
    reasons.push({ severity: 'critical', reason: 'a common or default password' });
  } else if (affix.length <= MAX_AFFIX && word.length >= 3 && common.has(word)) {
    reasons.push({ severity: 'critical', reason: 'a common or default password with characters added' });
  } else if (affix.length <= MAX_AFFIX && word.length >= 3 && words.has(word)) {
    const withDigits = [...affix].some(isDigit);
    reasons.push({
      severity: 'high',
      reason: withDigits ? 'a dictionary word with digits' : 'a dictionary word',
    });
  }
  const flat = unleet(lower);
  for (const { name, what } of guessableNames(context)) {
    if (flat.includes(name) && value.length - name.length < 10) {
      reasons.push({ severity: 'high', reason: `contains ${what}` });
      break;
    }
  }
  if (value.length < MIN_LENGTH) {
    reasons.push({ severity: 'high', reason: `shorter than ${MIN_LENGTH} characters` });
  } else if (distinctCharacters(value) < 5) {
    reasons.push({ severity: 'high', reason: 'low entropy: fewer than 5 distinct characters' });
  }
  return reasons;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

function worst(severities: readonly Severity[]): Severity {
  return SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'medium';
}

/**
 * The strength estimator: the embedded list of common and default passwords, dictionary words
 * with digits, the namespace's and Secret's names inside the value, short and low-entropy values,
 * then zxcvbn (English and common dictionaries, the Secret's names as user inputs). Building it
 * loads the dictionaries (about a second): build one per scan, not per value.
 *
 * @example
 * const estimator = createStrengthEstimator();
 * estimator.assess(decoded, { namespace: 'payments', secret: 'db', key: 'password' });
 */
export function createStrengthEstimator(): StrengthEstimator {
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    maxLength: ZXCVBN_MAX_LENGTH,
  });
  const common = new Set([
    ...COMMON_PASSWORDS,
    ...zxcvbnCommon.dictionary['passwords-common'].slice(0, 1000),
  ]);
  const words = new Set<string>();
  for (const list of Object.values(zxcvbnEn.dictionary)) for (const w of list) words.add(w.toLowerCase());
  for (const w of zxcvbnCommon.dictionary['diceware-common']) words.add(w.toLowerCase());
  for (const w of zxcvbnCommon.dictionary['passwords-common']) words.add(w.toLowerCase());

  return {
    assess(value, context) {
      if (value.length === 0 || value.length > MAX_PASSWORD_LENGTH) return { weak: false };
      const rules = ruleReasons(value, context, words, common);
      if (rules.length > 0)
        return {
          weak: true,
          severity: worst(rules.map((r) => r.severity)),
          reasons: rules.map((r) => r.reason),
        };
      if (looksGenerated(value)) return { weak: false };
      const userInputs = [
        context.namespace,
        context.secret,
        context.key,
        ...guessableNames(context).map((n) => n.name),
      ];
      const { score, guessesLog10 } = zxcvbn.check(value.slice(0, ZXCVBN_MAX_LENGTH), userInputs);
      if (score >= 3) return { weak: false };
      return {
        weak: true,
        severity: score <= 1 ? 'high' : 'medium',
        reasons: [`zxcvbn score ${score}/4: guessable in ~10^${Math.max(0, Math.round(guessesLog10))} tries`],
      };
    },
  };
}
