/**
 * Memory budgets a container's spec sets for its server, read from its command line and env: what
 * the server fills towards whatever the container limit says, and so what a bigger limit does not
 * move.
 * - sized: memcached's `-m 6144` (MiB), Redis's `--maxmemory 4gb` (and Valkey's, KeyDB's), Varnish's
 *   `-s malloc,6G`, a flag or env variable named for a cache or memory budget with a size
 *   (`--cache-size=8GB`, `--memory-limit 4g`, `REDIS_MAXMEMORY=4gb`), a JVM's initial heap (`-Xms4g`,
 *   which it takes at start);
 * - unbounded: a buffer the command line frees of its bound (Redis's `--client-output-buffer-limit
 *   pubsub 0 0 0`), Varnish's Transient storage when no `-s Transient=` bounds it (it has no bound
 *   by default);
 * - per worker: PHP-FPM's `pm.max_children` times PHP's `memory_limit`, each child's own cap;
 * - auto workers: `--workers=auto`, `pm2 -i max`: a count that follows the node's CPUs, not the limit.
 * Only settings named for memory are kept (the setting and where it is, never another env value).
 * Token scans of bounded text (the spec's own, at most 4,096 characters of command line).
 */
import { BYTE_UNITS, KIB, sizeWithUnit } from '../byte-sizes.ts';
import { mayCarryRuntimeFlags, RUNTIME_FLAG_ENV } from '../runtime-caps.ts';
import { digitsEnd } from '../text-scan.ts';
import type { SpecMemoryBudget } from './schema.ts';

/** What the spec of one container gives: its command, args and literal env values. */
export type ContainerSpecText = {
  name: string;
  command?: readonly string[];
  args?: readonly string[];
  env?: readonly { name: string; value?: string }[];
};

const MAX_COMMAND_CHARS = 4096;
const MAX_TOKENS = 256;
const MAX_BUDGETS = 6;
const MAX_SETTING = 120;

/** A flag or env name, lowercase without `-`, `_` and `.`, that names a memory budget when it ends so. */
const BUDGET_NAMES = ['cachesize', 'maxmemory', 'memorylimit', 'bufferpoolsize', 'sharedbuffers'] as const;
/** Words that make such a name a disk, log or per-query size, or a value only PHP's children hold. */
const NOT_THE_SERVERS_MEMORY = [
  'disk',
  'file',
  'log',
  'wal',
  'retention',
  'query',
  'request',
  'gpu',
  'php',
  // Build caches on disk (`SCCACHE_CACHE_SIZE=10G`): a tool's, not the server's memory.
  'sccache',
  'ccache',
  'bazel',
  'gradle',
  'build',
];
/** Names whose `auto` or `max` value sizes a pool of processes or threads from the node's CPUs. */
const WORKER_NAMES = ['workers', 'processes', 'concurrency', 'instances'] as const;

/** The memory budgets one container's spec sets; at most six. */
export function specMemoryBudgets(spec: ContainerSpecText): SpecMemoryBudget[] {
  const where = `args of ${spec.name}`;
  const commandLine = [...(spec.command ?? []), ...(spec.args ?? [])].join(' ');
  const tokens = tokensOf(commandLine);
  const found: SpecMemoryBudget[] = [
    ...programBudgets(tokens, where),
    ...namedBudgets(tokens, where),
    ...envBudgets(spec),
  ];
  // Runtime options in env (`JAVA_OPTS=-Xms4g -Xmx4g`): the same flags as on the command line.
  for (const e of spec.env ?? []) {
    if (e.value === undefined || !carriesRuntimeFlags(e.name)) continue;
    found.push(...namedBudgets(tokensOf(e.value), `env ${e.name} of ${spec.name}`));
  }
  const pool = phpPool(spec, tokens) ?? mysqlConnections(tokens, where);
  if (pool) found.push(pool);
  const unique = found.filter((b, i) => found.findIndex((o) => o.setting === b.setting) === i);
  return unique.slice(0, MAX_BUDGETS).map((b) => ({ ...b, setting: b.setting.slice(0, MAX_SETTING) }));
}

/** The words of a command line or an options variable, quotes dropped; bounded. */
const tokensOf = (text: string): string[] =>
  text
    .slice(0, MAX_COMMAND_CHARS)
    .split(/[\s"']+/)
    .filter((t) => t.length > 0)
    .slice(0, MAX_TOKENS);

const carriesRuntimeFlags = (name: string) =>
  (RUNTIME_FLAG_ENV as readonly string[]).includes(name) || mayCarryRuntimeFlags(name);

/** The program a token runs (`/usr/bin/memcached` is `memcached`). */
const program = (token: string) => token.slice(token.lastIndexOf('/') + 1).toLowerCase();

/** Budgets of servers known by their program's own flags: memcached, Redis and its forks, Varnish, PM2. */
function programBudgets(tokens: readonly string[], where: string): SpecMemoryBudget[] {
  const programs = new Set(tokens.map(program));
  const out: SpecMemoryBudget[] = [];
  const next = (i: number) => tokens[i + 1] ?? '';
  if (programs.has('memcached')) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      // `-m 6144` or `--memory-limit=6144`: megabytes when bare.
      const value =
        t === '-m' || t === '--memory-limit' ? next(i) : t.startsWith('--memory-limit=') ? t.slice(15) : '';
      const bytes = value ? sizeWithUnit(value, KIB ** 2) : undefined;
      if (bytes)
        out.push({
          kind: 'sized',
          setting: `memcached ${t.includes('=') ? t : `${t} ${value}`}`,
          where,
          bytes,
        });
    }
  }
  if (['redis-server', 'valkey-server', 'keydb-server'].some((p) => programs.has(p))) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      if (t === '--maxmemory') {
        const bytes = redisSize(next(i));
        if (bytes) out.push({ kind: 'sized', setting: `--maxmemory ${next(i)}`, where, bytes });
      }
      // `--client-output-buffer-limit pubsub 0 0 0`: a client class whose output buffers have no bound.
      const clientClass = next(i);
      if (
        t === '--client-output-buffer-limit' &&
        ['pubsub', 'replica', 'slave'].includes(clientClass) &&
        tokens.slice(i + 2, i + 5).every((v) => v === '0')
      ) {
        out.push({ kind: 'unbounded', setting: `--client-output-buffer-limit ${clientClass} 0 0 0`, where });
      }
    }
  }
  if (programs.has('varnishd')) out.push(...varnishStorage(tokens, where));
  if (programs.has('pm2') || programs.has('pm2-runtime')) {
    const at = tokens.findIndex(
      (t, i) => (t === '-i' || t === '--instances') && ['max', '0', '-1'].includes(next(i)),
    );
    if (at >= 0) out.push({ kind: 'auto-workers', setting: `pm2 ${tokens[at]} ${next(at)}`, where });
  }
  return out;
}

/**
 * Varnish's storage: `-s malloc,6G` or `-s name=malloc,6G` (a file store is not memory), and its
 * Transient storage, unbounded unless a `-s Transient=malloc,SIZE` bounds it.
 */
function varnishStorage(tokens: readonly string[], where: string): SpecMemoryBudget[] {
  const out: SpecMemoryBudget[] = [];
  let transient = false;
  let total = 0;
  const settings: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const store = t === '-s' ? (tokens[i + 1] ?? '') : t.startsWith('-s') && t.length > 2 ? t.slice(2) : '';
    if (!store) continue;
    const eq = store.indexOf('=');
    const name = eq > 0 ? store.slice(0, eq) : '';
    const kind = eq > 0 ? store.slice(eq + 1) : store;
    if (name === 'Transient') transient = true;
    if (!kind.startsWith('malloc,')) continue;
    const bytes = sizeWithUnit(kind.slice(7));
    if (bytes) {
      total += bytes;
      settings.push(`-s ${store}`);
    }
  }
  if (total > 0) out.push({ kind: 'sized', setting: `varnishd ${settings.join(' ')}`, where, bytes: total });
  if (!transient) {
    out.push({
      kind: 'unbounded',
      setting: 'varnishd Transient storage (no -s Transient=malloc,SIZE)',
      where,
    });
  }
  return out;
}

/**
 * Redis's sizes: bare bytes; `k`, `m`, `g` are powers of 1,000 and `kb`, `mb`, `gb` of 1,024
 * (redis.conf's own note on units), case-insensitive.
 */
function redisSize(value: string): number | undefined {
  const digits = digitsEnd(value, 0, 16);
  if (digits === 0) return undefined;
  const n = Number(value.slice(0, digits));
  const unit = value.slice(digits).toLowerCase();
  const decimal: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };
  const factor = decimal[unit] ?? (unit.length === 2 && unit.endsWith('b') ? BYTE_UNITS[unit] : undefined);
  return factor === undefined || n === 0 ? undefined : n * factor;
}

/** A lowercase name without `-`, `_` and `.`: `--cache-size` and `CACHE_SIZE` are both `cachesize`. */
const bareName = (name: string) =>
  name.toLowerCase().replaceAll('-', '').replaceAll('_', '').replaceAll('.', '');

function budgetName(name: string): boolean {
  const bare = bareName(name);
  return BUDGET_NAMES.some((n) => bare.endsWith(n)) && !NOT_THE_SERVERS_MEMORY.some((w) => bare.includes(w));
}

/**
 * Flags named for a memory budget with a size (`--cache-size=8GB`, `--maxmemory 4gb` of a server
 * not known above), a JVM's initial heap (`-Xms4g`, `-XX:InitialHeapSize=4g`), and flags that size
 * a pool from the node's CPUs (`--workers=auto`, `--task-workers auto`).
 */
function namedBudgets(tokens: readonly string[], where: string): SpecMemoryBudget[] {
  const out: SpecMemoryBudget[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t.startsWith('-Xms') || t.startsWith('-XX:InitialHeapSize=')) {
      const bytes = sizeWithUnit(t.slice(t.startsWith('-Xms') ? 4 : 20));
      if (bytes) out.push({ kind: 'sized', setting: `${t} (the JVM's initial heap)`, where, bytes });
      continue;
    }
    if (!t.startsWith('--')) continue;
    const eq = t.indexOf('=');
    const name = eq > 0 ? t.slice(2, eq) : t.slice(2);
    const value = eq > 0 ? t.slice(eq + 1) : (tokens[i + 1] ?? '');
    const setting = eq > 0 ? t : `${t} ${value}`;
    const bare = bareName(name);
    if (WORKER_NAMES.some((w) => bare.endsWith(w)) && (value === 'auto' || value === 'max')) {
      out.push({ kind: 'auto-workers', setting, where });
    } else if (budgetName(name)) {
      const bytes = sizeWithUnit(value);
      if (bytes) out.push({ kind: 'sized', setting, where, bytes });
    }
  }
  return out;
}

/** Env variables named for a memory budget with a size (`REDIS_MAXMEMORY=4gb`, `CACHE_SIZE=8G`). */
function envBudgets(spec: ContainerSpecText): SpecMemoryBudget[] {
  const out: SpecMemoryBudget[] = [];
  for (const e of spec.env ?? []) {
    if (e.value === undefined || e.value.length > 32) continue;
    const where = `env ${e.name} of ${spec.name}`;
    if (WORKER_NAMES.some((w) => bareName(e.name).endsWith(w)) && (e.value === 'auto' || e.value === 'max')) {
      out.push({ kind: 'auto-workers', setting: `${e.name}=${e.value}`, where });
      continue;
    }
    if (!budgetName(e.name)) continue;
    const bytes = sizeWithUnit(e.value);
    if (bytes) out.push({ kind: 'sized', setting: `${e.name}=${e.value}`, where, bytes });
  }
  return out;
}

/**
 * PHP-FPM's pool: `pm.max_children` children, each allowed PHP's `memory_limit` (env variables the
 * image reads, `FPM_PM_MAX_CHILDREN=50` and `PHP_MEMORY_LIMIT=256M`, or `-d memory_limit=256M`).
 */
function phpPool(spec: ContainerSpecText, tokens: readonly string[]): SpecMemoryBudget | undefined {
  let children: { count: number; setting: string } | undefined;
  let each: { bytes: number; setting: string } | undefined;
  for (const e of spec.env ?? []) {
    if (e.value === undefined || e.value.length > 16) continue;
    const bare = bareName(e.name);
    if (bare.endsWith('maxchildren') && digitsEnd(e.value) === e.value.length && e.value.length > 0) {
      children = { count: Number(e.value), setting: `${e.name}=${e.value}` };
    }
    if (bare.includes('php') && bare.endsWith('memorylimit')) {
      const bytes = phpSize(e.value);
      if (bytes) each = { bytes, setting: `${e.name}=${e.value}` };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const setting = t === '-d' ? (tokens[i + 1] ?? '') : t.startsWith('-d') ? t.slice(2) : t;
    if (setting.startsWith('pm.max_children=')) {
      const value = setting.slice(16);
      if (value.length > 0 && digitsEnd(value) === value.length) children = { count: Number(value), setting };
    }
    if (setting.startsWith('memory_limit=')) {
      const bytes = phpSize(setting.slice(13));
      if (bytes) each = { bytes, setting };
    }
  }
  if (!children || !each || children.count === 0) return undefined;
  return {
    kind: 'per-worker',
    setting: `${children.setting} × ${each.setting}`,
    where: `env and args of ${spec.name}`,
    workers: children.count,
    bytesEach: each.bytes,
  };
}

/** MySQL's buffers each connection may take for itself (sorts, joins, reads). */
const MYSQL_PER_CONNECTION = [
  'sort-buffer-size',
  'join-buffer-size',
  'read-buffer-size',
  'read-rnd-buffer-size',
];

/**
 * MySQL's (and MariaDB's) connections, each allowed its own sort, join and read buffers:
 * `--max-connections=400 --sort-buffer-size=256M --join-buffer-size=256M` (`_` or `-` alike).
 */
function mysqlConnections(tokens: readonly string[], where: string): SpecMemoryBudget | undefined {
  let connections: number | undefined;
  let each = 0;
  const settings: string[] = [];
  for (const token of tokens) {
    if (!token.startsWith('--')) continue;
    const eq = token.indexOf('=');
    if (eq < 0) continue;
    const name = token.slice(2, eq).replaceAll('_', '-');
    const value = token.slice(eq + 1);
    if (name === 'max-connections' && digitsEnd(value) === value.length && value.length > 0) {
      connections = Number(value);
      settings.unshift(token);
    } else if (MYSQL_PER_CONNECTION.includes(name)) {
      const bytes = sizeWithUnit(value);
      if (bytes) {
        each += bytes;
        settings.push(token);
      }
    }
  }
  if (!connections || each === 0) return undefined;
  return { kind: 'per-worker', setting: settings.join(' '), where, workers: connections, bytesEach: each };
}

/** PHP's shorthand sizes: `256M`, `1G`, `512K`, or bytes; `-1` (no limit) is not a size. */
function phpSize(value: string): number | undefined {
  const digits = digitsEnd(value, 0, 12);
  if (digits === 0 || digits < value.length - 1) return undefined;
  const unit = value.slice(digits).toLowerCase();
  const factor =
    unit === '' ? 1 : unit === 'k' || unit === 'm' || unit === 'g' ? BYTE_UNITS[unit] : undefined;
  const n = Number(value.slice(0, digits));
  return factor === undefined || n === 0 ? undefined : n * factor;
}
