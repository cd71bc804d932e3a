import { createStrengthEstimator, type SecretContext } from '../src/weak-secrets/strength.ts';

type Io = { out(text: string): void; err(text: string): void };
type Labelled = { value: string; weak: boolean; context: SecretContext; family: string };

/** mulberry32: a small seeded generator, so the set is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Public-list-style passwords (the kind at the head of leaked-password lists), written here.
const BASES = [
  'password',
  'qwerty',
  'dragon',
  'monkey',
  'letmein',
  'football',
  'iloveyou',
  'welcome',
  'sunshine',
  'princess',
  'admin',
  'master',
  'shadow',
  'baseball',
  'superman',
  'michael',
  'jessica',
  'charlie',
  'summer',
  'winter',
  'autumn',
  'spring',
  'computer',
  'internet',
  'freedom',
  'liverpool',
  'chelsea',
  'arsenal',
  'pokemon',
  'starwars',
  'matrix',
  'hunter',
  'soccer',
  'hockey',
  'ranger',
  'buster',
  'tigger',
  'cookie',
  'orange',
  'banana',
  'chocolate',
  'butterfly',
  'flower',
  'purple',
  'silver',
  'diamond',
  'secret',
  'changeme',
  'database',
  'service',
  'company',
  'london',
  'berlin',
  'paris',
];
const SERVICES = ['payments', 'checkout', 'billing', 'orders', 'inventory', 'grafana', 'keycloak', 'ledger'];
const NAMESPACES = ['prod', 'staging', 'shop', 'platform', 'data', 'monitoring'];
const WORDS = [
  'orbit',
  'candle',
  'maple',
  'thunder',
  'gravel',
  'lantern',
  'yellow',
  'spoon',
  'otter',
  'violet',
  'harbor',
  'pepper',
  'glacier',
  'saddle',
  'meadow',
  'copper',
  'falcon',
  'tunnel',
  'marble',
  'cactus',
  'walnut',
  'beacon',
  'pillow',
  'ember',
  'quartz',
  'raven',
  'sprout',
  'timber',
  'velvet',
  'anchor',
];
const LEET: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$' };

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function randomString(rand: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PRINTABLE = `${B64.slice(0, 62)}!@#$%^&*-_=+?`;

/** The labelled set: weak values built like real weak passwords, strong ones like real generated credentials. */
export function labelledSet(seed = 12): Labelled[] {
  const rand = seeded(seed);
  const set: Labelled[] = [];
  const context = (): SecretContext => ({
    namespace: pick(rand, NAMESPACES),
    secret: `${pick(rand, SERVICES)}-db`,
    key: 'password',
  });
  const weak = (family: string, make: (c: SecretContext) => string) => {
    const c = context();
    set.push({ value: make(c), weak: true, context: c, family });
  };
  const strong = (family: string, make: () => string) => {
    set.push({ value: make(), weak: false, context: context(), family });
  };
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (let i = 0; i < 100; i++) {
    weak('list', () => pick(rand, BASES));
    weak('digits appended', () => `${pick(rand, BASES)}${Math.floor(rand() * 1000)}`);
    weak(
      'capital, year, symbol',
      () =>
        `${capital(pick(rand, BASES))}${1970 + Math.floor(rand() * 56)}${pick(rand, ['!', '', '#', '.'])}`,
    );
    weak('leetspeak', () =>
      [...pick(rand, BASES)].map((ch) => (rand() < 0.7 ? (LEET[ch] ?? ch) : ch)).join(''),
    );
    weak(
      'service name + year',
      (c) =>
        `${capital(c.secret.split('-')[0] ?? '')}${2015 + Math.floor(rand() * 11)}${pick(rand, ['', '!'])}`,
    );
    weak('namespace inside', (c) => `${c.namespace}${pick(rand, ['123', '_pass', '2024', '!1'])}`);
    weak('short random', () => randomString(rand, PRINTABLE, 4 + Math.floor(rand() * 3)));
    strong('hex key', () => randomString(rand, HEX, pick(rand, [32, 40, 64])));
    strong('base64 key', () => randomString(rand, B64, pick(rand, [24, 32, 44])));
    strong('passphrase', () =>
      Array.from({ length: 4 + Math.floor(rand() * 2) }, () => pick(rand, WORDS)).join(
        pick(rand, ['-', ' ', '.']),
      ),
    );
    strong('generated 20', () => randomString(rand, PRINTABLE, 20));
    strong('generated 16', () => randomString(rand, PRINTABLE, 16));
  }
  return set;
}

/** Precision and recall of the weak-secret check on the labelled set, and the time per value. */
export async function runBench(io: Io): Promise<void> {
  const built = performance.now();
  const estimator = createStrengthEstimator();
  io.out(`estimator built in ${(performance.now() - built).toFixed(0)} ms`);
  const set = labelledSet();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses = new Map<string, number>();
  const start = performance.now();
  for (const item of set) {
    const flagged = estimator.assess(item.value, item.context).weak;
    if (flagged && item.weak) tp++;
    else if (flagged) fp++;
    else if (item.weak) fn++;
    if (flagged !== item.weak) misses.set(item.family, (misses.get(item.family) ?? 0) + 1);
  }
  const elapsed = performance.now() - start;
  const weak = set.filter((i) => i.weak).length;
  io.out(`labelled set (seed 12): ${set.length} values, ${weak} weak, ${set.length - weak} strong`);
  io.out(
    `precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  io.out(
    `time per value: ${((elapsed / set.length) * 1000).toFixed(0)} µs mean, ${elapsed.toFixed(0)} ms total`,
  );
  for (const [family, count] of misses) io.out(`  misjudged ${family}: ${count}`);
}
