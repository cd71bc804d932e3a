/**
 * A synthetic incident corpus for scale benchmarks: `families` distinct problems (exception type,
 * message, frames, error statement, in one of several log styles), each occurring many times with
 * different timestamps, ids, addresses, line numbers and routine noise. Deterministic for a seed.
 */

export type SyntheticIncident = {
  id: string;
  family: number;
  cluster: string;
  namespace: string;
  workload: string;
  signal: string;
  log: string;
  diagnosis: string;
  fix: string;
};

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ro',
  'sa',
  'tu',
  'vi',
  'xe',
  'zo',
  'bri',
  'cla',
  'dre',
  'fle',
  'gro',
  'plu',
  'str',
  'tha',
  'qua',
  'wen',
];

function word(rnd: () => number, syllables = 2 + Math.floor(rnd() * 2)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w;
}
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const pick = <T>(rnd: () => number, items: readonly T[]) => items[Math.floor(rnd() * items.length)] as T;
const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const ip = (rnd: () => number) => `10.${int(rnd, 0, 255)}.${int(rnd, 0, 255)}.${int(rnd, 1, 254)}`;

type Family = {
  style: 'java' | 'node' | 'python' | 'go';
  service: string;
  exception: string;
  message: string;
  statement: string;
  frames: string[];
  signal: string;
};

function family(seed: number): Family {
  const rnd = random(seed * 7919 + 1);
  const style = pick(rnd, ['java', 'node', 'python', 'go'] as const);
  const service = `${word(rnd, 2)}-${pick(rnd, ['api', 'worker', 'service', 'sync', 'gateway'])}`;
  const exception = `${cap(word(rnd))}${cap(word(rnd))}${pick(rnd, ['Error', 'Exception'])}`;
  const message = Array.from({ length: int(rnd, 4, 8) }, () => word(rnd)).join(' ');
  const statement = `${word(rnd)} ${word(rnd)} failed`;
  const pkg = `com.${word(rnd, 2)}.${word(rnd, 2)}`;
  const frames = Array.from({ length: int(rnd, 2, 4) }, () => {
    const cls = cap(word(rnd));
    const fn = word(rnd);
    if (style === 'java') return `\tat ${pkg}.${cls}.${fn}(${cls}.java:LINE)`;
    if (style === 'node') return `    at ${cls}.${fn} (/app/dist/${word(rnd)}.js:LINE:COL)`;
    if (style === 'python') return `  File "/app/${word(rnd)}/${fn}.py", line LINE, in ${fn}`;
    return `github.com/acme/${service}/internal/${word(rnd)}.(*${cls}).${cap(fn)}(0xc000LINE)`;
  });
  const signal = pick(rnd, ['CrashLoopBackOff', 'OOMKilled', 'ProbeFailure', 'HighErrorRate']);
  return { style, service, exception, message, statement, frames, signal };
}

const NOISE = [
  (r: () => number) => `INFO  [svc] GET /healthz 200 ${int(r, 1, 9)}ms`,
  (r: () => number) => `INFO  [svc] POST /api/v1/orders 201 ${int(r, 10, 99)}ms user=${int(r, 10000, 99999)}`,
  (r: () => number) => `DEBUG [svc] connection pool stats active=${int(r, 0, 20)} idle=${int(r, 0, 20)}`,
  (r: () => number) => `INFO  [svc] consumer heartbeat ok partition=${int(r, 0, 12)} lag=${int(r, 0, 50)}`,
  (r: () => number) => `WARN  [svc] slow query took ${int(r, 500, 3000)}ms`,
];

/** One occurrence of a family's problem as a pod log shows it. */
export function occurrence(familyId: number, seed: number): { log: string; signal: string; service: string } {
  const f = family(familyId);
  const rnd = random(seed);
  const ts = () =>
    `2026-${String(int(rnd, 1, 12)).padStart(2, '0')}-${String(int(rnd, 1, 28)).padStart(2, '0')}T${String(int(rnd, 0, 23)).padStart(2, '0')}:${String(int(rnd, 0, 59)).padStart(2, '0')}:${String(int(rnd, 0, 59)).padStart(2, '0')}.${String(int(rnd, 0, 999)).padStart(3, '0')}Z`;
  const lines: string[] = [];
  for (let i = int(rnd, 2, 6); i > 0; i--)
    lines.push(`${ts()} ${pick(rnd, NOISE)(rnd).replace('svc', f.service)}`);
  lines.push(
    `${ts()} ERROR [${f.service}] ${f.statement} request_id=${int(rnd, 100000, 999999)} peer=${ip(rnd)}:${int(rnd, 40000, 60000)}`,
  );
  const head =
    f.style === 'python'
      ? `${f.exception}: ${f.message}`
      : f.style === 'go'
        ? `panic: ${f.message}`
        : `${f.exception}: ${f.message}`;
  if (f.style === 'python') lines.push('Traceback (most recent call last):');
  if (f.style === 'go') lines.push(head, '', `goroutine ${int(rnd, 1, 900)} [running]:`);
  else if (f.style !== 'python') lines.push(head);
  const depth = int(rnd, 1, f.frames.length);
  for (const frame of f.frames.slice(0, depth)) {
    lines.push(frame.replace('LINE', String(int(rnd, 10, 999))).replace('COL', String(int(rnd, 1, 80))));
  }
  if (f.style === 'python') lines.push(head);
  for (let i = int(rnd, 0, 3); i > 0; i--)
    lines.push(`${ts()} ${pick(rnd, NOISE)(rnd).replace('svc', f.service)}`);
  return { log: lines.join('\n'), signal: f.signal, service: f.service };
}

/** `count` stored incidents over `families` problems. */
export function* syntheticIncidents(count: number, families: number, seed = 1): Generator<SyntheticIncident> {
  for (let i = 0; i < count; i++) {
    const familyId = i % families;
    const { log, signal, service } = occurrence(familyId, seed * 1_000_003 + i);
    yield {
      id: `syn-${i}`,
      family: familyId,
      cluster: `cluster-${familyId % 3}`,
      namespace: `ns-${familyId % 17}`,
      workload: service,
      signal,
      log,
      diagnosis: `problem ${familyId}`,
      fix: `fix for problem ${familyId}`,
    };
  }
}
