import { Worker } from 'node:worker_threads';
import type { UntrustedPattern } from '../untrusted-pattern.ts';

/**
 * Adversarial inputs for a regex, drawn from the regex itself: long runs of each character it can
 * repeat, of pairs of them alternating, of its literal words (so that `.*A.*B` meets many `A`s and
 * no `B`), plus classic shapes (`'ab-c.'`, `'a' × n + '!'`). Each input is a unit repeated to any
 * length, so the same shape can be timed at 2 KB and at 100 KB to show linear growth.
 */
export type AdversarialShape = { readonly label: string; readonly unit: string; readonly suffix: string };

/** A character no pattern names: it ends a run without matching a literal. */
const BREAK = '\u0001';

// Printable ASCII plus the whitespace a log line holds: the universe representatives come from.
const UNIVERSE = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t',
  '\n',
  '\r',
  '\u00e9',
];

const MAX_PUNCTUATION = 8;
const MAX_ALPHABET = 24;
const MAX_PAIR_ALPHABET = 10;
const MAX_WORDS = 16;

/**
 * Characters `cls` matches: the first letter, upper-case letter, digit and blank, every
 * punctuation character (what makes runs ambiguous, as `.` and `-` in `[\w.-]`), then the last of
 * each kind (`z` of `[a-z]`).
 */
function representatives(cls: string, flags: string): string[] {
  let re: RegExp;
  try {
    re = new RegExp(cls, flags.replace(/[gy]/g, ''));
  } catch {
    return [];
  }
  const members = UNIVERSE.filter((c) => re.test(c));
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /\s/, /[^\x20-\x7e\t\n\r]/].map((kind) =>
    members.filter((c) => kind.test(c)),
  );
  const punctuation = members.filter((c) => /[^\w\s]/.test(c) && c.charCodeAt(0) < 0x7f);
  const out = new Set<string>();
  for (const of of kinds) if (of[0] !== undefined) out.add(of[0]);
  for (const c of punctuation.slice(0, MAX_PUNCTUATION)) out.add(c);
  for (const of of kinds) if (of.length > 1) out.add(of.at(-1) as string);
  return [...out];
}

type Parsed = { alphabet: string[]; words: string[] };

/** Reads a regex source for its literal characters, character-class representatives and literal words. */
function parseSource(source: string, flags: string): Parsed {
  const alphabet = new Set<string>();
  const words: string[] = [];
  let word = '';
  const endWord = () => {
    if (word.length >= 2 && !words.includes(word)) words.push(word);
    word = '';
  };
  const addClass = (cls: string) => {
    for (const c of representatives(cls, flags)) alphabet.add(c);
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if ('dDwWsSpP'.includes(e)) {
        const end = (e === 'p' || e === 'P') && source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 2;
        addClass(source.slice(i, end));
        endWord();
        i = end;
      } else if (e === 'b' || e === 'B' || /\d/.test(e)) {
        endWord();
        i += 2;
      } else if (e === 'k' && source[i + 2] === '<') {
        endWord();
        i = source.indexOf('>', i) + 1;
      } else if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const ch = String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 2 + len), 16));
        alphabet.add(ch);
        word += ch;
        i += 2 + len;
      } else {
        const ch = ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
        alphabet.add(ch);
        word += ch;
        i += 2;
      }
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      addClass(source.slice(i, j + 1));
      endWord();
      i = j + 1;
    } else if (c === '(') {
      endWord();
      const group = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?/.exec(source.slice(i));
      i += group ? group[0].length : 1;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
      // A quantifier: the character before it repeats, so it is not part of a fixed word.
      word = word.slice(0, -1);
      endWord();
      i = source.indexOf('}', i) + 1;
    } else if (c === '.') {
      addClass('.');
      endWord();
      i++;
    } else if ('*+?'.includes(c)) {
      word = word.slice(0, -1);
      endWord();
      i++;
    } else if ('^$|)'.includes(c)) {
      endWord();
      i++;
    } else {
      alphabet.add(c);
      word += c;
      i++;
    }
  }
  endWord();
  return { alphabet: [...alphabet], words };
}

const GENERIC_SHAPES: readonly AdversarialShape[] = [
  { label: "'a-b.' labels", unit: 'a-b.', suffix: '_' },
  { label: "'ab-c.' labels", unit: 'ab-c.', suffix: 'd' },
  { label: "'a' run, then '!'", unit: 'a', suffix: '!' },
  { label: "'a-' run", unit: 'a-', suffix: '!' },
  { label: "'a.' run", unit: 'a.', suffix: '-' },
  { label: "'1.' run", unit: '1.', suffix: 'x' },
  { label: "' a' run", unit: ' a', suffix: BREAK },
  { label: 'spaces', unit: ' ', suffix: BREAK },
  { label: "'a=' pairs", unit: 'a=', suffix: BREAK },
  { label: "'a:' pairs", unit: 'a:', suffix: BREAK },
  { label: 'quotes', unit: '"a\\"', suffix: BREAK },
  { label: 'placeholders', unit: '<*>.', suffix: BREAK },
];

const show = (text: string) => JSON.stringify(text).slice(1, -1);

// What ends a run: a character no pattern names, and ones that defeat a trailing look-ahead.
const ENDINGS = [BREAK, '_', '!', '-', '.'];

/** The adversarial shapes for `pattern`: generic ones, then ones built from its own characters and words. */
export function adversarialShapes(pattern: RegExp): AdversarialShape[] {
  const { alphabet, words } = parseSource(pattern.source, pattern.flags);
  const chars = alphabet.slice(0, MAX_ALPHABET);
  const shapes: AdversarialShape[] = [];
  const add = (label: string, unit: string, endings: readonly string[]) => {
    for (const suffix of new Set(endings)) {
      shapes.push({ label: `${label}, then '${show(suffix)}'`, unit, suffix });
    }
  };
  for (const g of GENERIC_SHAPES) add(g.label, g.unit, [g.suffix, ...ENDINGS]);
  for (const c of chars)
    add(`'${show(c)}' run`, c, [...ENDINGS.slice(0, 3), ...chars.slice(0, MAX_PAIR_ALPHABET)]);
  // Pairs from a diverse few: punctuation first (it separates runs), then one of each other kind.
  const kindOf = (c: string) =>
    /[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /\d/.test(c) ? '0' : /\s/.test(c) ? ' ' : c;
  const pairChars = [...new Map(chars.map((c) => [kindOf(c), c])).values()]
    .sort((a, b) => Number(/[\w\s]/.test(a)) - Number(/[\w\s]/.test(b)))
    .slice(0, MAX_PAIR_ALPHABET);
  for (const a of pairChars) {
    for (const b of pairChars) if (a !== b) add(`'${show(a + b)}' run`, a + b, ENDINGS.slice(0, 2));
  }
  if (chars.length > 0) add('the alphabet cycled', chars.join(''), ENDINGS);
  const used = words.slice(0, MAX_WORDS);
  used.forEach((w, k) => {
    add(`'${show(w)}' repeated`, w, [BREAK]);
    add(`'${show(w)} ' repeated`, `${w} `, [BREAK]);
    const next = used[k + 1];
    if (next) add(`'${show(`${w} ${next}`)}' repeated`, `${w} ${next} `, [BREAK]);
  });
  // Every word but the last: the whole pattern nearly matches, everywhere.
  if (used.length > 1) add('all words but the last, repeated', `${used.slice(0, -1).join(' ')} `, [BREAK]);
  return shapes;
}

/** `shape` at `length` characters (the suffix included). */
export function materialise(shape: AdversarialShape, length: number): string {
  const body = Math.max(0, length - shape.suffix.length);
  return shape.unit.repeat(Math.ceil(body / shape.unit.length)).slice(0, body) + shape.suffix;
}

/** The worst time one pattern took on one size of input. */
export type PatternTiming = {
  readonly name: string;
  /** Characters of each input (capped by the pattern's `maxInput`). */
  readonly length: number;
  /** The slowest run, in milliseconds; `Infinity` when the pattern did not finish in time. */
  readonly worstMs: number;
  /** The shape of the slowest input. */
  readonly worst: AdversarialShape;
  /** The three slowest shapes, slowest first (to time again at a larger size). */
  readonly slowest: readonly AdversarialShape[];
  readonly timedOut: boolean;
};

// Plain JavaScript: runs each input the way the call sites do (`replace` for global regexes, else `exec`).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, inputs, current }) => {
  const re = new RegExp(source, flags);
  const at = new Int32Array(current);
  const times = inputs.map((text, i) => {
    Atomics.store(at, 0, i);
    // The better of two runs: the first also compiles the regex, and the machine may be busy.
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      re.lastIndex = 0;
      const start = performance.now();
      if (re.global) text.replace(re, '');
      else re.exec(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  });
  parentPort.postMessage(times);
});
`;

/**
 * Times every pattern on every adversarial shape at `length` characters, in a worker thread that is
 * terminated when one input runs past `timeoutMs` (catastrophic backtracking fails fast instead
 * of hanging; the pattern is reported as timed out, naming that input). `shapes` picks the shapes of a pattern (default: all of {@link adversarialShapes}).
 */
export async function timePatterns(
  patterns: readonly UntrustedPattern[],
  options: {
    length: number;
    timeoutMs: number;
    shapes?: (pattern: UntrustedPattern) => readonly AdversarialShape[];
  },
): Promise<PatternTiming[]> {
  let worker: Worker | undefined;
  const out: PatternTiming[] = [];
  try {
    for (const p of patterns) {
      const shapes = options.shapes?.(p) ?? adversarialShapes(p.pattern);
      const length = Math.min(options.length, p.maxInput ?? Number.POSITIVE_INFINITY);
      if (shapes.length === 0) continue;
      const inputs = shapes.map((s) => materialise(s, length));
      worker ??= new Worker(WORKER_SOURCE, { eval: true });
      const running = worker;
      // Which input the worker is on, so that a timeout names the shape that hung.
      const current = new SharedArrayBuffer(4);
      const times = await new Promise<number[] | undefined>((resolve, reject) => {
        const done = () => {
          clearInterval(timer);
          running.off('message', onMessage);
          running.off('error', onError);
        };
        const onMessage = (t: number[]) => {
          done();
          resolve(t);
        };
        const onError = (error: Error) => {
          done();
          reject(error);
        };
        // Hung: the worker has been on the same input for longer than `timeoutMs`.
        const progress = new Int32Array(current);
        let seen = -1;
        let since = performance.now();
        const timer = setInterval(
          () => {
            const at = Atomics.load(progress, 0);
            if (at !== seen) {
              seen = at;
              since = performance.now();
            } else if (performance.now() - since > options.timeoutMs) {
              done();
              resolve(undefined);
            }
          },
          Math.min(50, options.timeoutMs / 4),
        );
        running.on('message', onMessage);
        running.on('error', onError);
        running.postMessage({ source: p.pattern.source, flags: p.pattern.flags, inputs, current });
      });
      if (!times) {
        await running.terminate();
        worker = undefined;
        const hung = shapes[Atomics.load(new Int32Array(current), 0)] as AdversarialShape;
        out.push({
          name: p.name,
          length,
          worstMs: Number.POSITIVE_INFINITY,
          worst: hung,
          slowest: [hung],
          timedOut: true,
        });
        continue;
      }
      const order = times.map((t, i) => ({ t, i })).sort((a, b) => b.t - a.t);
      const top = order[0] ?? { t: 0, i: 0 };
      out.push({
        name: p.name,
        length,
        worstMs: top.t,
        worst: shapes[top.i] as AdversarialShape,
        slowest: order.slice(0, 3).map(({ i }) => shapes[i] as AdversarialShape),
        timedOut: false,
      });
    }
  } finally {
    await worker?.terminate();
  }
  return out;
}
