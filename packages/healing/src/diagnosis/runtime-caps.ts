/**
 * Memory caps a runtime sets below the container limit. A JVM started with `-Xmx512m`, a Node.js
 * process with `--max-old-space-size=512`, a Go program with `GOMEMLIMIT` or a .NET process with
 * `DOTNET_GCHeapHardLimit` (or `COMPlus_`, the older prefix) runs out of *its* heap
 * whatever the container may use: raising the container limit changes nothing, the flag must change.
 * The flags are read from the container's env and command line (gathered as `runtimeFlags`) and from
 * the log (the JVM prints `Picked up JAVA_TOOL_OPTIONS: -Xmx512m` at start), from any `*_OPTS` env
 * var, from an application's own heap setting (`server.memory.heap.max_size=2g`, `MAX_HEAP_SIZE=4G`)
 * and, when nothing else shows, from a product known to size its own heap (Neo4j, Kafka, Solr). Only a
 * heap sized as a share of the container (`-XX:MaxRAMPercentage`, or nothing explicit) grows with
 * the limit. Token scans, no regex.
 */
import { type DiagnosisCandidate, escalatedInstead, killedByTheKernel } from './candidate.ts';
import { digitsEnd } from './text-scan.ts';

export type Runtime = 'jvm' | 'node' | 'go' | 'dotnet' | 'python' | 'julia';

/** One memory flag of a runtime, e.g. `{ runtime: 'jvm', flag: '-Xmx512m', absolute: true }`. */
export type RuntimeMemoryFlag = {
  runtime: Runtime;
  flag: string;
  /** A fixed size (`-Xmx`, `--max-old-space-size`, `GOMEMLIMIT`); else a share of the limit. */
  absolute: boolean;
  /** Where it was found, e.g. `env JAVA_TOOL_OPTIONS of app`, `the log`. */
  where: string;
  /** A JVM memory area other than the heap that the flag caps (`-XX:MaxMetaspaceSize`). */
  area?: JvmArea;
};

/** JVM memory areas outside the heap with a cap of their own. */
export type JvmArea = 'metaspace' | 'direct';

/** Env vars that carry runtime flags (JVM launchers, Node.js) or are the cap themselves (Go). */
export const RUNTIME_FLAG_ENV = [
  'JAVA_TOOL_OPTIONS',
  'JDK_JAVA_OPTIONS',
  '_JAVA_OPTIONS',
  'JAVA_OPTS',
  'JAVA_OPTIONS',
  'CATALINA_OPTS',
  'NODE_OPTIONS',
  'GOMEMLIMIT',
  'DOTNET_GCHeapHardLimit',
  'DOTNET_GCHeapHardLimitPercent',
  'COMPlus_GCHeapHardLimit',
  'COMPlus_GCHeapHardLimitPercent',
  'SPARK_DRIVER_MEMORY',
  'SPARK_EXECUTOR_MEMORY',
] as const;

/** Env vars whose name is the flag (`GOMEMLIMIT=900MiB`): read as `NAME=value`, not as a value alone. */
export const SELF_NAMED_FLAG_ENV: readonly string[] = [
  'GOMEMLIMIT',
  'DOTNET_GCHeapHardLimit',
  'DOTNET_GCHeapHardLimitPercent',
  'COMPlus_GCHeapHardLimit',
  'COMPlus_GCHeapHardLimitPercent',
  'SPARK_DRIVER_MEMORY',
  'SPARK_EXECUTOR_MEMORY',
];

/**
 * Spark's own heap settings: `spark-submit --driver-memory 4g` (the value is the next argument),
 * `--conf spark.driver.memory=4g`, `SPARK_DRIVER_MEMORY=4g`; each sets the JVM's -Xmx for the driver
 * or the executors.
 */
const SPARK_HEAP_ARGS = ['--driver-memory', '--executor-memory'] as const;
const SPARK_HEAP_SETTINGS = [
  '--driver-memory=',
  '--executor-memory=',
  'spark.driver.memory=',
  'spark.executor.memory=',
  'SPARK_DRIVER_MEMORY=',
  'SPARK_EXECUTOR_MEMORY=',
] as const;

const DOTNET_PREFIXES = ['DOTNET_', 'COMPlus_'] as const;

const MAX_TOKEN = 64;
/** What separates flags in an env value, a command line or a log line. */
export const FLAG_SEPARATORS = /[\s"',]+/;
const MAX_SCAN_CHARS = 4096;

/** The runtime memory flags in a text (an env value, a command line, a log line); bounded. */
export function memoryFlagsIn(text: string, where: string): RuntimeMemoryFlag[] {
  const out: RuntimeMemoryFlag[] = [];
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const addressSpace = addressSpaceLimitIn(scanned);
  if (addressSpace) out.push({ ...addressSpace, where });
  // A line that reports heap usage (`heap_used=402MiB heap_max=1638MiB`) measures the heap: its
  // `heap_max` is what the runtime's flags gave it, not an application setting of its own.
  const measures = reportsHeapUsage(scanned);
  const tokens = scanned.split(FLAG_SEPARATORS);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // `--driver-memory 4g`: the size is the next argument.
    const spark = (SPARK_HEAP_ARGS as readonly string[]).includes(token) ? tokens[++i] : undefined;
    const raw = spark !== undefined ? `${token}=${spark}` : bareFlag(token);
    if (raw.length === 0 || raw.length > MAX_TOKEN) continue;
    const flag = flagOf(raw, !measures);
    if (flag && !out.some((f) => f.flag === flag.flag)) out.push({ ...flag, where });
  }
  return out;
}

const BRACKETS = '()[]{}<>;';

/**
 * A token as a start-up line prints it, down to the flag: brackets around it dropped
 * (`(NODE_OPTIONS=--max-old-space-size=512)`) and an env var's name before a flag value
 * (`JAVA_OPTS=-Xmx1g`, `NODE_OPTIONS=--max-old-space-size=512`).
 */
function bareFlag(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && BRACKETS.includes(token.charAt(start))) start++;
  while (end > start && BRACKETS.includes(token.charAt(end - 1))) end--;
  const bare = token.slice(start, end);
  const eq = bare.indexOf('=');
  if (eq > 0 && bare.charAt(eq + 1) === '-') {
    const name = bare.slice(0, eq);
    let envName = true;
    for (let i = 0; i < name.length && envName; i++) {
      const c = name.charCodeAt(i);
      envName = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    }
    if (envName) return bare.slice(eq + 1);
  }
  return bare;
}

const HEAP_USAGE_KEYS = [
  'heap_used',
  'heapused',
  'heap.used',
  'used_heap',
  'usedheap',
  'heap_usage',
  'heapusage',
];

function reportsHeapUsage(text: string): boolean {
  const lower = text.toLowerCase();
  return HEAP_USAGE_KEYS.some((key) => lower.includes(key));
}

function flagOf(token: string, appSettings: boolean): Omit<RuntimeMemoryFlag, 'where'> | undefined {
  if (token.startsWith('-Xmx') && token.length > 4) return { runtime: 'jvm', flag: token, absolute: true };
  if (token.startsWith('-XX:MaxHeapSize=')) return { runtime: 'jvm', flag: token, absolute: true };
  if (token.startsWith('-XX:MaxRAMPercentage=') || token.startsWith('-XX:MaxRAMFraction=')) {
    return { runtime: 'jvm', flag: token, absolute: false };
  }
  if (token.startsWith('-XX:MaxRAM=')) return { runtime: 'jvm', flag: token, absolute: true };
  if (SPARK_HEAP_SETTINGS.some((s) => token.startsWith(s) && token.length > s.length)) {
    return { runtime: 'jvm', flag: token, absolute: true };
  }
  if (token.startsWith('-XX:MaxMetaspaceSize=') && token.length > 21) {
    return { runtime: 'jvm', flag: token, absolute: true, area: 'metaspace' };
  }
  if (token.startsWith('-XX:MaxDirectMemorySize=') && token.length > 24) {
    return { runtime: 'jvm', flag: token, absolute: true, area: 'direct' };
  }
  if (token.startsWith('--max-old-space-size=') || token.startsWith('--max_old_space_size=')) {
    return { runtime: 'node', flag: token, absolute: true };
  }
  // Julia's GC collects towards this size (`--heap-size-hint=12G`), whatever the container's limit.
  if (token.startsWith('--heap-size-hint=') && token.length > 17) {
    return { runtime: 'julia', flag: token, absolute: true };
  }
  if (token.startsWith('GOMEMLIMIT=') && token.length > 11 && token !== 'GOMEMLIMIT=off') {
    return { runtime: 'go', flag: token, absolute: true };
  }
  // runtimeconfig.json's own name for the same knob (`System.GC.HeapHardLimit`, `...Percent`).
  if (token.startsWith('System.GC.HeapHardLimitPercent=') && token.length > 31) {
    return { runtime: 'dotnet', flag: token, absolute: false };
  }
  if (
    token.startsWith('System.GC.HeapHardLimit=') &&
    token.length > 24 &&
    !token.endsWith('=0') &&
    !token.endsWith('=0x0')
  ) {
    return { runtime: 'dotnet', flag: token, absolute: true };
  }
  // The GC's own report of its cap, as an application prints `GC.GetGCMemoryInfo()` at start
  // (`HeapHardLimit=402653184`, bytes in decimal).
  if (token.startsWith('HeapHardLimit=') && token.length > 14 && !token.endsWith('=0')) {
    return { runtime: 'dotnet', flag: token, absolute: true };
  }
  for (const prefix of DOTNET_PREFIXES) {
    if (!token.startsWith(`${prefix}GCHeapHardLimit`)) continue;
    const rest = token.slice(prefix.length + 'GCHeapHardLimit'.length);
    // A percentage of the container limit grows with it; a byte count (hex, as .NET reads it) does not.
    if (rest.startsWith('Percent=') && rest.length > 8)
      return { runtime: 'dotnet', flag: token, absolute: false };
    if (rest.startsWith('=') && rest.length > 1 && rest !== '=0' && rest !== '=0x0') {
      return { runtime: 'dotnet', flag: token, absolute: true };
    }
  }
  return appSettings ? appHeapSetting(token) : undefined;
}

const ADDRESS_SPACE_LIMIT = 'address space limit is ';

/**
 * A cap on the process's address space (uWSGI's `limit-as`, which it prints at start as `your
 * process address space limit is 536870912 bytes (512 MB)`): allocations fail with Python's
 * `MemoryError` at that size, whatever the container may use.
 */
function addressSpaceLimitIn(text: string): Omit<RuntimeMemoryFlag, 'where'> | undefined {
  const at = text.indexOf(ADDRESS_SPACE_LIMIT);
  if (at < 0) return undefined;
  const rest = text.slice(at + ADDRESS_SPACE_LIMIT.length, at + ADDRESS_SPACE_LIMIT.length + 40);
  const digits = digitsEnd(rest);
  if (digits === 0) return undefined;
  const bytes = Number(rest.slice(0, digits));
  return {
    runtime: 'python',
    flag: `limit-as (an address space limit of ${Math.round(bytes / 2 ** 20)} MiB)`,
    absolute: true,
  };
}

/**
 * An application's own JVM heap setting, `name=size`, as a server prints its configuration at start
 * or as an env var sets it: Neo4j `server.memory.heap.max_size=2g` (`dbms.` before 5.0,
 * `NEO4J_server_memory_heap_max__size`), Cassandra `MAX_HEAP_SIZE=4G`, Solr `SOLR_HEAP=2g`, HBase
 * `HBASE_HEAPSIZE`, Druid `DRUID_XMX=8g`. A name with `heap` or ending in `_XMX` (not `-XX:` or
 * `-Xm`, read above) and a size: digits with an optional unit; a percentage grows with the limit.
 */
const HEAP_NOT_A_CAP = [
  'percent',
  'min',
  'initial',
  'gcheap',
  'used',
  'free',
  'commit',
  'usage',
  'current',
  'live',
  'dump',
];

function appHeapSetting(token: string): Omit<RuntimeMemoryFlag, 'where'> | undefined {
  const eq = token.indexOf('=');
  if (eq <= 0 || eq === token.length - 1 || token.startsWith('-')) return undefined;
  const name = token.slice(0, eq).toLowerCase();
  // `DRUID_XMX=8g`: a launcher's variable named after the flag it sets.
  const xmx = name.endsWith('_xmx');
  if ((!name.includes('heap') && !xmx) || HEAP_NOT_A_CAP.some((w) => name.includes(w))) return undefined;
  const capName =
    xmx ||
    name.includes('max') ||
    name.endsWith('heap') ||
    name.endsWith('heapsize') ||
    name.endsWith('heap_size');
  if (!capName) return undefined;
  const value = token.slice(eq + 1);
  const digits = digitsEnd(value);
  if (digits === 0 || Number(value.slice(0, digits)) === 0) return undefined;
  const unit = value.slice(digits).toLowerCase();
  if (unit === '%') return { runtime: 'jvm', flag: token, absolute: false };
  if (!['', 'k', 'm', 'g', 'kb', 'mb', 'gb', 'kib', 'mib', 'gib', 'b'].includes(unit)) return undefined;
  return { runtime: 'jvm', flag: token, absolute: true };
}

/**
 * Server distributions whose launcher sizes the JVM heap from the product's own setting (a fixed
 * default when unset), not from the container: the image (or container) names the product.
 */
const PRODUCT_HEAP_SETTINGS: readonly { names: readonly string[]; product: string; setting: string }[] = [
  {
    names: ['neo4j', 'neo4j-enterprise', 'neo4j-community'],
    product: 'Neo4j',
    setting:
      'server.memory.heap.max_size (NEO4J_server_memory_heap_max__size; dbms.memory.heap.max_size before 5.0; 512m in the Docker image)',
  },
  {
    names: ['kafka', 'cp-kafka', 'cp-server', 'kafka-connect', 'cp-kafka-connect'],
    product: 'Kafka',
    setting: 'KAFKA_HEAP_OPTS (-Xmx1G by default)',
  },
  { names: ['solr'], product: 'Solr', setting: 'SOLR_HEAP (512m by default)' },
  { names: ['logstash'], product: 'Logstash', setting: 'LS_JAVA_OPTS / jvm.options (-Xmx1g by default)' },
  {
    names: ['zookeeper', 'cp-zookeeper'],
    product: 'ZooKeeper',
    setting: 'ZK_SERVER_HEAP / JVMFLAGS (1000 MB by default)',
  },
  {
    names: ['sonarqube'],
    product: 'SonarQube',
    setting: 'SONAR_WEB_JAVAOPTS / SONAR_CE_JAVAOPTS (-Xmx512m by default)',
  },
];

/** The repository name of an image, without registry, path, tag or digest: `neo4j` of `docker.io/library/neo4j:5.15`. */
function imageName(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return (colon >= 0 ? last.slice(0, colon) : last).toLowerCase();
}

/**
 * The heap setting of a product that sizes its own JVM heap, when the container's image (or name)
 * is that product; a cap that raising the container limit does not move.
 */
export function productHeapSetting(container: {
  name: string;
  image: string;
}): RuntimeMemoryFlag | undefined {
  const names = [imageName(container.image), container.name.toLowerCase()];
  const known = PRODUCT_HEAP_SETTINGS.find((p) => p.names.some((n) => names.includes(n)));
  if (!known) return undefined;
  return {
    runtime: 'jvm',
    flag: known.setting,
    absolute: true,
    where: `${known.product} sizes its own heap; image ${imageName(container.image) || container.name}`,
  };
}

/**
 * Env vars that may carry runtime flags besides {@link RUNTIME_FLAG_ENV}: any `*OPTS`/`*OPTIONS`
 * (Mirth's `VMOPTIONS`), and the launchers' `*ARGS`/`*FLAGS` (Payara's `JVM_ARGS`, Jenkins's
 * `JAVA_ARGS`).
 */
export function mayCarryRuntimeFlags(name: string): boolean {
  const upper = name.toUpperCase();
  return ['OPTS', 'OPTIONS', 'ARGS', 'FLAGS'].some((end) => upper.endsWith(end));
}

/** Env vars that are a heap size themselves (`MAX_HEAP_SIZE=4G`, `SOLR_HEAP=2g`): read as `NAME=value`. */
export function isHeapSizeEnv(name: string): boolean {
  const upper = name.toUpperCase();
  return (upper.includes('HEAP') || upper.endsWith('_XMX')) && !mayCarryRuntimeFlags(name);
}

/** The entries that match a runtime's own heap error: their evidence may quote it cut short. */
const HEAP_ENTRIES: Readonly<Record<string, Runtime>> = {
  'jvm-heap-oom': 'jvm',
  'node-heap-oom': 'node',
  'go-runtime-oom': 'go',
  'dotnet-oom': 'dotnet',
  'python-memory-error': 'python',
};

/** Which runtime ran out of its own heap, read from the entry or the evidence of a memory candidate. */
function heapRuntimeOf(candidate: DiagnosisCandidate): Runtime | undefined {
  if (candidate.category !== 'memory') return undefined;
  const entry = HEAP_ENTRIES[candidate.patternId];
  if (entry) return entry;
  for (const e of candidate.evidence) {
    if (e.source !== 'previous-log' && e.source !== 'current-log') continue;
    const t = e.text;
    if (t.includes('Java heap space') || t.includes('GC overhead limit exceeded')) return 'jvm';
    if (t.includes('JavaScript heap out of memory') || t.includes('Reached heap limit')) return 'node';
    if (t.includes('runtime: out of memory') || t.includes('GOMEMLIMIT')) return 'go';
    if (t.includes('OutOfMemoryException')) return 'dotnet';
    if (t.includes('MemoryError') && !t.includes('OutOfMemoryError')) return 'python';
  }
  return undefined;
}

const FLAG_HINT: Readonly<Record<Runtime, string>> = {
  jvm: 'the JVM heap',
  node: 'the V8 heap of Node.js',
  go: 'the Go runtime',
  dotnet: 'the .NET GC heap',
  python: 'the Python process',
  julia: 'the Julia GC heap',
};

/** A share of the container limit at or below this leaves most of it outside the heap. */
const SMALL_HEAP_SHARE_PERCENT = 50;

/**
 * The percentage of the container limit a share flag gives the heap (`MaxRAMPercentage=25.0`,
 * `MaxRAMFraction=4`, `System.GC.HeapHardLimitPercent=70`); .NET's env variables are hexadecimal
 * (`DOTNET_GCHeapHardLimitPercent=46` is 70 %).
 */
function sharePercent(flag: string): number | undefined {
  const eq = flag.indexOf('=');
  const raw = flag.slice(eq + 1);
  const hex = flag.startsWith('DOTNET_') || flag.startsWith('COMPlus_');
  const value = hex ? Number.parseInt(raw.startsWith('0x') ? raw.slice(2) : raw, 16) : Number.parseFloat(raw);
  if (eq < 0 || !Number.isFinite(value) || value <= 0) return undefined;
  if (flag.includes('MaxRAMFraction')) return 100 / value;
  return flag.includes('Percent') ? value : undefined;
}

/**
 * A runtime heap exhausted under a fixed cap of that runtime: `raise-memory-limit` is replaced by an
 * escalation that names the flag to change (a share of the limit, `-XX:MaxRAMPercentage`, grows with
 * the limit: raising it still helps, the summary only says so). Other candidates are unchanged.
 */
export function weighRuntimeCaps(
  candidate: DiagnosisCandidate,
  flags: readonly RuntimeMemoryFlag[],
): DiagnosisCandidate {
  const area = jvmAreaOf(candidate);
  if (area) return areaCapped(candidate, flags, area) ?? candidate;
  const heapFlags = flags.filter((f) => !f.area);
  const runtime = heapRuntimeOf(candidate);
  if (!runtime) return killedOverLargeHeapShare(candidate, heapFlags) ?? candidate;
  const own = heapFlags.filter((f) => f.runtime === runtime);
  const cap = own.find((f) => f.absolute);
  const share = own[0];
  const percent = share ? sharePercent(share.flag) : undefined;
  if (!cap && share && percent !== undefined && percent <= SMALL_HEAP_SHARE_PERCENT) {
    // The heap grows with the limit, but only by its share: most of a raise would sit unused.
    return escalateFor(
      candidate,
      share,
      `${FLAG_HINT[runtime]} gets only ${Math.round(percent)} % of the container limit (${share.flag}, ${share.where}): it ran out while most of the container's memory stayed unused, and a bigger limit would mostly add more of that. Raise the share (70–75 % is usual) before the limit.`,
    );
  }
  if (!cap) {
    return share
      ? {
          ...candidate,
          summary: `${candidate.summary} The heap is sized by ${share.flag} (${share.where}): it grows with the container limit.`,
        }
      : candidate;
  }
  return escalateFor(
    candidate,
    cap,
    `${FLAG_HINT[runtime]} is capped by ${cap.flag} (${cap.where}), not by the container limit: raising the limit does not help. Raise ${cap.flag} (within the container limit) or find what fills the heap.`,
  );
}

/** The JVM memory area outside the heap whose own OutOfMemoryError the candidate quotes. */
function jvmAreaOf(candidate: DiagnosisCandidate): JvmArea | undefined {
  if (candidate.category !== 'memory') return undefined;
  for (const e of candidate.evidence) {
    if (
      e.text.includes('OutOfMemoryError: Metaspace') ||
      e.text.includes('OutOfMemoryError: Compressed class space')
    )
      return 'metaspace';
    if (
      e.text.includes('OutOfMemoryError: Direct buffer memory') ||
      e.text.includes('of direct buffer memory')
    )
      return 'direct';
  }
  return undefined;
}

const AREA_NAME: Readonly<Record<JvmArea, string>> = {
  metaspace: 'metaspace (class metadata)',
  direct: 'direct buffer memory',
};

/**
 * A JVM area outside the heap that ran out under its own cap (`-XX:MaxMetaspaceSize=128m`): the
 * container limit is not what it obeys. Metaspace throws its own error only under a cap (without
 * one it grows until the kernel kills the container), so a metaspace error with no cap in view was
 * capped where the evidence does not reach (the image's launcher, a `jvm.options` file, the
 * compressed class space's 1 GiB default). Direct buffer memory defaults to the heap's size, which
 * may grow with the limit: undefined without a cap of its own.
 */
function areaCapped(
  candidate: DiagnosisCandidate,
  flags: readonly RuntimeMemoryFlag[],
  area: JvmArea,
): DiagnosisCandidate | undefined {
  const cap = flags.find((f) => f.area === area);
  if (!cap && area === 'metaspace') {
    const note =
      "The JVM's metaspace (class metadata) throws its own OutOfMemoryError only under a cap, here one the evidence does not show (set by the image's launcher or a jvm.options file, or the compressed class space's 1 GiB default): a bigger container limit does not move it. Find the cap (-XX:MaxMetaspaceSize, -XX:CompressedClassSpaceSize), and the class-loader leak if it keeps growing.";
    return escalatedInstead(candidate, ['raise-memory-limit'], {
      note,
      reason: note,
      remediationHint: 'Raise -XX:MaxMetaspaceSize where the image sets it, or find the class-loader leak.',
    });
  }
  if (!cap) return undefined;
  return escalateFor(
    candidate,
    cap,
    `The JVM's ${AREA_NAME[area]} is capped by ${cap.flag} (${cap.where}), not by the container limit: raising the limit does not help. Raise ${cap.flag}${area === 'metaspace' ? ', or find the class-loader leak if it keeps growing' : ''}.`,
  );
}

/** A heap share at or above this leaves too little of the container for what lives outside the heap. */
const LARGE_HEAP_SHARE_PERCENT = 80;

/**
 * A container the kernel killed for memory (no heap error of its own) whose heap may take most of
 * the limit (`-XX:MaxRAMPercentage=80`, `MaxRAMFraction=1`, a .NET `HeapHardLimitPercent` as large):
 * what overflowed is the memory outside the heap (metaspace, thread stacks, direct buffers, code
 * cache). A bigger limit grows the heap with it and leaves the same thin margin: escalate with the
 * share to lower. Undefined when that is not the case.
 */
function killedOverLargeHeapShare(
  candidate: DiagnosisCandidate,
  flags: readonly RuntimeMemoryFlag[],
): DiagnosisCandidate | undefined {
  const killed = candidate.category === 'memory' && killedByTheKernel(candidate);
  if (!killed || !candidate.actions.some((a) => a.kind === 'raise-memory-limit')) return undefined;
  if (flags.some((f) => f.absolute)) return undefined;
  const large = flags
    .filter((f) => f.runtime === 'jvm' || f.runtime === 'dotnet')
    .map((f) => ({ share: f, percent: sharePercent(f.flag) ?? 0 }))
    .find((s) => s.percent >= LARGE_HEAP_SHARE_PERCENT);
  if (!large) return undefined;
  const { share, percent } = large;
  return escalateFor(
    candidate,
    share,
    `${FLAG_HINT[share.runtime]} may take ${Math.round(percent)} % of the container limit (${share.flag}, ${share.where}), and the kernel killed the container without a heap error: what overflowed lives outside the heap (metaspace, thread stacks, direct buffers, code cache). A bigger limit grows the heap with it and keeps the same thin margin. Lower the share (70–75 % is usual) before raising the limit.`,
  );
}

/** The candidate with `raise-memory-limit` replaced by an escalation that names the setting to change. */
function escalateFor(
  candidate: DiagnosisCandidate,
  setting: RuntimeMemoryFlag,
  note: string,
): DiagnosisCandidate {
  return escalatedInstead(candidate, ['raise-memory-limit'], {
    note,
    reason: note,
    remediationHint: `Change ${setting.flag} (${setting.where}); the container limit is not what the runtime obeys first.`,
  });
}

/** Cheap test for a log line that may name a runtime memory flag (before the token scan). */
export function mayNameMemoryFlag(line: string): boolean {
  return (
    line.includes('-Xmx') ||
    line.includes('-XX:Max') ||
    line.includes('max-old-space-size') ||
    line.includes('max_old_space_size') ||
    line.includes('GOMEMLIMIT=') ||
    line.includes('--heap-size-hint=') ||
    line.includes('GCHeapHardLimit') ||
    line.includes(ADDRESS_SPACE_LIMIT) ||
    line.includes('heap') ||
    line.includes('HEAP') ||
    line.includes('Heap')
  );
}
