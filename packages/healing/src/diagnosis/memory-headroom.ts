/**
 * What a bigger container limit cannot buy, read from the container's spec and the log:
 * - one failed allocation at least as large as the whole limit (numpy's `Unable to allocate 926.
 *   GiB for an array`, Rust's `memory allocation of N bytes failed`, Go's `cannot allocate N-byte
 *   block`): the input, not the limit, is wrong, and a raise only lets a bigger one through;
 * and when the kernel killed the container for memory:
 * - a worker count the spec sizes from the node's CPUs (`--workers=auto`, `pm2 -i max`) on a CPU limit
 *   of two cores or fewer: each worker needs its own memory (`evidence/spec-budgets.ts`);
 * - a memory budget above the limit, printed by the server for itself (`cache_size=31744M`, a data
 *   region's `maxSize`, `memory limit to 50GB`) or set by its spec (memcached's `-m 6144`, Redis's
 *   `--maxmemory`, Varnish's `-s malloc,6G`, a JVM's initial heap `-Xms4g`): it fills towards that
 *   whatever the limit (the limit read from the kernel's OOM report without a spec). A budget the
 *   size of the limit keeps the raise: the server's own overhead needs the room;
 * - an area the spec leaves without a bound (Redis's `--client-output-buffer-limit pubsub 0 0 0`,
 *   Varnish's Transient storage): it grows with whatever feeds it;
 * - a heap cap at or above the limit (`-Xmx4g` in a 2Gi container, `GOMEMLIMIT=2GiB` in a 2Gi
 *   one): the runtime has no reason to collect before the kernel kills it. The raise stays (a
 *   working set just above the limit fits the bigger one), and the cap to lower is named;
 * - a memory-backed `emptyDir` (tmpfs) the container mounts, with no size limit or a large one:
 *   every file written there counts towards the memory limit and outlives a restart of the
 *   container, so a raise only delays the next kill while the files keep growing;
 * and whatever stopped the process:
 * - its own usage reports showing memory climbing while its load stays flat (a leak,
 *   `evidence/memory-trend.ts`): a raise only moves the next kill later;
 * - far more worker processes than its CPU limit has cores (`evidence/worker-processes.ts`): the
 *   count follows the node's CPUs, and each worker needs its own memory;
 * - its alert's words: a leak (`alert-memory.ts`, kills at a rhythm included), a store's series
 *   exploding (`cardinality-burst.ts`), a downstream refusing its output;
 * - its last input: one far larger than any before it, or one delivered many times already (a
 *   poison input, `evidence/redelivered-input.ts`).
 * The others escalate with what to change; other candidates are unchanged. No regex.
 */
import { parseQuantity } from '../actions/quantity.ts';
import { BYTE_UNITS, humanBytes, KIB, leadingNumber, sizeWithUnit } from './byte-sizes.ts';
import { type DiagnosisCandidate, escalatedInstead, killedByTheKernel } from './candidate.ts';
import type { ContainerSummary, SpecMemoryBudget } from './evidence/index.ts';
import { describeTrend, type MemoryTrend } from './evidence/memory-trend.ts';
import type { OversizedInput } from './evidence/oversized-input.ts';
import type { RedeliveredInput } from './evidence/redelivered-input.ts';
import type { RetryBacklog } from './evidence/retry-backlog.ts';
import { outnumbersCpuLimit, type WorkerProcesses } from './evidence/worker-processes.ts';
import type { RuntimeMemoryFlag } from './runtime-caps.ts';
import { digitsEnd, isFieldKeyCode } from './text-scan.ts';

/** A tmpfs capped below this share of the container limit cannot explain the kill by itself. */
const SMALL_TMPFS_SHARE = 0.25;

/** One allocation the process asked for and did not get, as its runtime printed it. */
export type FailedAllocation = { bytes: number; text: string };

/** The memory a process held when the kernel killed it, from the kernel's OOM report. */
export type KernelKill = { bytes: number };

const RSS_FIELDS = ['anon-rss:', 'file-rss:', 'shmem-rss:'] as const;

/**
 * What the kernel's OOM report says the killed process held (`Memory cgroup out of memory: Killed
 * process 40211 (mongod) total-vm:9411072kB, anon-rss:4190212kB, file-rss:0kB, shmem-rss:0kB`, as
 * node-problem-detector's `OOMKilling` event carries it): its resident memory, in bytes.
 */
export function kernelKillIn(message: string): KernelKill | undefined {
  if (!message.includes('out of memory') || !message.includes('Killed process')) return undefined;
  const text = message.length > 1024 ? message.slice(0, 1024) : message;
  let bytes = 0;
  for (const field of RSS_FIELDS) {
    const at = text.indexOf(field);
    if (at < 0) continue;
    const end = digitsEnd(text, at + field.length, 15);
    if (text.slice(end, end + 2) !== 'kB') return undefined;
    bytes += Number(text.slice(at + field.length, end)) * KIB;
  }
  return bytes > 0 ? { bytes } : undefined;
}

/** A memory budget a server printed for itself (a cache, a buffer pool, a data region). */
export type MemoryBudget = { bytes: number; setting: string };

/** What the logs and events say about memory, read only when a candidate would raise it. */
export type MemoryFindings = {
  allocation?: FailedAllocation;
  /** The loader's line saying the preloaded allocator is missing (`evidence/allocator.ts`). */
  allocatorMissing?: string;
  /** The alert whose words say a downstream refuses the process's output (`alert-memory.ts`). */
  alertBacklog?: string;
  /** The alert whose words say the memory leaks (`alert-memory.ts`). */
  alertLeak?: string;
  /** The alert whose words say a store's series or streams exploded (`cardinality-burst.ts`). */
  alertSeriesBurst?: string;
  budget?: MemoryBudget;
  killedAt?: KernelKill;
  leak?: MemoryTrend;
  oversized?: OversizedInput;
  /** The last input had come back many times (`evidence/redelivered-input.ts`). */
  redelivered?: RedeliveredInput;
  retries?: RetryBacklog;
  workers?: WorkerProcesses;
};

export function weighMemoryHeadroom(
  candidate: DiagnosisCandidate,
  container: ContainerSummary | undefined,
  flags: readonly RuntimeMemoryFlag[],
  found: MemoryFindings = {},
): DiagnosisCandidate {
  if (!container || !raisesMemory(candidate)) return candidate;
  const specLimit = container.resources?.limits?.memory;
  const { killedAt } = found;
  const seen: Headroom = {
    candidate,
    container,
    flags,
    found,
    cpuLimit: container.resources?.limits?.cpu,
    // Without the spec, the kernel's own report of the kill says how much memory the container had.
    limit: specLimit ? parseQuantity(specLimit) : killedAt?.bytes,
    limitText:
      specLimit ?? (killedAt ? `about ${humanBytes(killedAt.bytes)} (the kernel's OOM report)` : undefined),
    specBudgets: container.memoryBudgets ?? [],
  };
  const kernelKill = killedByTheKernel(candidate);
  const steps = kernelKill ? [...ANY_STOP, ...KERNEL_KILL] : ANY_STOP;
  for (const step of steps) {
    const why = step(seen);
    if (why) return escalatedInstead(candidate, ['raise-memory-limit'], why);
  }
  return kernelKill ? withCapAtOrAboveNamed(seen) : candidate;
}

/** What the weighing knows of the container whose limit a candidate would raise. */
type Headroom = {
  candidate: DiagnosisCandidate;
  container: ContainerSummary;
  flags: readonly RuntimeMemoryFlag[];
  found: MemoryFindings;
  cpuLimit?: string;
  /** The memory limit in bytes: the spec's, else the kernel's report of the kill. */
  limit?: number;
  /** The same limit as a person reads it (`2Gi`, `about 1.0 GiB (the kernel's OOM report)`). */
  limitText?: string;
  specBudgets: readonly SpecMemoryBudget[];
};

/** Why a bigger limit would not help, in the words the escalation carries. */
type NoRaise = { note: string; reason: string; remediationHint: string };

/** One reason a raise cannot help, or undefined when the evidence does not show it. */
type HeadroomStep = (seen: Headroom) => NoRaise | undefined;

function workersAboveCpuLimit({ container, cpuLimit, found: { workers } }: Headroom): NoRaise | undefined {
  if (!workers || !outnumbersCpuLimit(workers, cpuLimit)) return undefined;
  return {
    note: `It started ${workers.count} worker processes ("${workers.line}") on a CPU limit of ${cpuLimit}: the count follows the node's CPUs (an "auto" or "max" setting), not the limit, and each worker needs its own memory, so a bigger limit follows the next bigger node. Set the worker count from the CPU limit.`,
    reason: `${container.name} runs ${workers.count} worker processes on a CPU limit of ${cpuLimit}: size the worker count to the limit before its memory.`,
    remediationHint:
      'Set the worker count explicitly (nginx worker_processes, pm2 -i, --workers, num_workers) to the CPU limit, not to auto or max, which read the node.',
  };
}

function leakInItsReports({ container, found: { leak } }: Headroom): NoRaise | undefined {
  if (!leak) return undefined;
  const trend = describeTrend(leak);
  return {
    note: `Its own usage reports show a leak: ${trend}. Memory that grows while the load does not is not the workload's, and a bigger limit only moves the next kill later. Find what accumulates (a heap profile, caches or buffers without a bound, handles never closed).`,
    reason: `${container.name} leaks memory: ${trend}. A bigger limit only delays the next kill.`,
    remediationHint:
      'Take a heap profile (or compare two heap dumps) while memory climbs, and bound what grows; a restart buys the time between kills meanwhile.',
  };
}

function leakInItsAlert({ container, found: { alertLeak } }: Headroom): NoRaise | undefined {
  if (!alertLeak) return undefined;
  return {
    note: `Its alert says the memory leaks rather than needs more room ("${alertLeak}"): a bigger limit only moves the next kill later. Find what accumulates (a heap profile while it climbs); a restart buys the time between kills meanwhile.`,
    reason: `${container.name}'s alert says its memory leaks ("${alertLeak.slice(0, 160)}"): a bigger limit only delays the next kill.`,
    remediationHint:
      'Compare heap profiles taken while memory climbs, and look at what the release before the climb changed.',
  };
}

function seriesExploded({ container, found: { alertSeriesBurst } }: Headroom): NoRaise | undefined {
  if (!alertSeriesBurst) return undefined;
  return {
    note: `Its alert says the series or streams it holds exploded ("${alertSeriesBurst}"): a label took values without bound (a request, trace or session id), and they grow faster than any bounded raise. Find the label and drop or relabel it at the source; a bigger limit only holds the next hour's series.`,
    reason: `${container.name}'s series exploded ("${alertSeriesBurst.slice(0, 160)}"): a cardinality burst, not a small limit.`,
    remediationHint:
      "Find the label with the most values (topk by label, the store's cardinality page), drop or relabel it where it is produced or at ingestion, and set a series or stream limit per tenant.",
  };
}

function allocatorNotLoaded({ container, found: { allocatorMissing } }: Headroom): NoRaise | undefined {
  if (!allocatorMissing) return undefined;
  return {
    note: `The allocator its spec preloads did not load ("${allocatorMissing}"): it runs on glibc's malloc, whose arenas fragment under many threads, and a bigger limit follows the fragmentation. Put the library back in the image (or roll back to the one that had it).`,
    reason: `${container.name} runs without the allocator it preloads ("${allocatorMissing.slice(0, 160)}"): memory grows from fragmentation, not need.`,
    remediationHint:
      'Install the allocator in the image again (or fix LD_PRELOAD to its path there), or roll back to the image that had it; MALLOC_ARENA_MAX=2 limits the damage meanwhile.',
  };
}

/** Its log's retries, else its alert's words: a downstream that refuses what it hands on. */
function workWaitingOnADownstream({
  container,
  found: { retries, alertBacklog },
}: Headroom): NoRaise | undefined {
  const waiting = retries
    ? { seen: `${retries.retries} retries at the end of its log`, quote: retries.line }
    : alertBacklog
      ? { seen: 'its alert', quote: alertBacklog }
      : undefined;
  if (!waiting) return undefined;
  return {
    note: `It ran out of memory while a downstream refused or kept failing what it hands on (${waiting.seen}, "${waiting.quote}"): what fills its memory is the work waiting (a buffer, a queue, retries in flight), and a bigger limit only holds more of it. Fix or slow down what feeds it, or bound the buffer.`,
    reason: `${container.name} ran out of memory while its work waited on a downstream that kept failing ("${waiting.quote.slice(0, 160)}"): a bigger limit only holds more of the backlog.`,
    remediationHint:
      'Restore the downstream (or shed load to it), and bound the in-memory buffer or queue so that back-pressure reaches the producers instead of the heap.',
  };
}

function allocationOfTheWholeLimit({
  container,
  limit,
  limitText,
  found: { allocation },
}: Headroom): NoRaise | undefined {
  if (!allocation || !limit || !limitText || allocation.bytes < limit) return undefined;
  const size = humanBytes(allocation.bytes);
  return {
    note: `One allocation asked for ${size}, at least the whole container limit ${limitText} ("${allocation.text}"): the input is larger than the process is built for, and a bigger limit only lets a bigger one through. Bound the input (chunks, streaming, a size check) and find where it came from.`,
    reason: `${container.name} failed one allocation of ${size}, at least its whole limit ${limitText}: an oversized input, not a small limit.`,
    remediationHint: OVERSIZED_INPUT_HINT,
  };
}

function inputLargerThanAnyBefore({ container, found: { oversized } }: Headroom): NoRaise | undefined {
  if (!oversized) return undefined;
  return {
    note: `The last work it took was far larger than any before it (${oversized.field}=${oversized.value}, the largest before ${oversized.largestBefore}): the input, not the limit, changed, and a bigger limit only lets a bigger one through. Bound the input (chunks, streaming, a size check) and find where it came from.`,
    reason: `${container.name} ran out of memory on one input far larger than usual (${oversized.field}=${oversized.value}, at most ${oversized.largestBefore} before): an oversized input, not a small limit.`,
    remediationHint: OVERSIZED_INPUT_HINT,
  };
}

function inputThatCameBack({ container, found: { redelivered } }: Headroom): NoRaise | undefined {
  if (!redelivered) return undefined;
  return {
    note: `The last work it took had been delivered ${redelivered.deliveries} times ("${redelivered.line}"): an input that kills whichever consumer takes it, and comes back, while the work behind it waits. A bigger limit may or may not hold it; set it aside (a dead-letter queue) and find out why it is so large.`,
    reason: `${container.name} ran out of memory on work delivered ${redelivered.deliveries} times: a poison input, not a small limit.`,
    remediationHint:
      'Move the message or job aside (a dead-letter queue, a max-delivery setting), then reproduce it alone to see what it needs; the queue behind it drains meanwhile.',
  };
}

function needsMoreThanRaisesReach({ candidate, container, limit, limitText }: Headroom): NoRaise | undefined {
  const required = limit ? statedRequirement(candidate) : undefined;
  if (!required || !limit || !limitText || required.bytes <= limit * BEYOND_ONE_POLICY) return undefined;
  return {
    note: `It says it needs ${required.text}, more than ${BEYOND_ONE_POLICY}× its limit ${limitText}: the raises a policy allows cannot reach that. Give it the memory deliberately, or lower what it sizes its needs from (its thread count).`,
    reason: `${container.name} needs ${required.text} and has ${limitText}: beyond what bounded raises reach.`,
    remediationHint: `Set its memory explicitly (at least ${required.text}) or lower what it sizes from, such as its threads.`,
  };
}

function autoWorkersOnFewCpus({ container, cpuLimit, specBudgets }: Headroom): NoRaise | undefined {
  const autoWorkers = specBudgets.find((b) => b.kind === 'auto-workers');
  if (!autoWorkers || !cpuLimit || (parseQuantity(cpuLimit) ?? Infinity) > SMALL_CPU_LIMIT) return undefined;
  return {
    note: `Its worker count is ${autoWorkers.setting} (${autoWorkers.where}) on a CPU limit of ${cpuLimit}: "auto" and "max" count the node's CPUs, not the limit, and each worker needs its own memory, so a bigger limit follows the next bigger node. Set the worker count from the CPU limit.`,
    reason: `The kernel killed ${container.name} for memory with a worker count that follows the node's CPUs (${autoWorkers.setting}) on a CPU limit of ${cpuLimit}: size the workers to the limit first.`,
    remediationHint: `Replace ${autoWorkers.setting} with an explicit count no larger than the CPU limit (${cpuLimit}).`,
  };
}

/** A budget the size of the limit leaves the server's own overhead no room: a raise gives it that. */
function budgetAboveTheLimit({
  container,
  limit,
  limitText,
  specBudgets,
  found,
}: Headroom): NoRaise | undefined {
  const budget = largestBudget(found.budget, specBudgets);
  if (!budget || !limit || !limitText || budget.bytes <= limit) return undefined;
  return {
    note: `It sized a memory budget of its own above the container limit ${limitText} (${budget.setting}), often from the host's memory: it fills towards that whatever the limit, and a bigger limit stays under it. Set the budget for the container, well below the limit.`,
    reason: `The kernel killed ${container.name} for memory while its own budget (${budget.setting}) is above its limit ${limitText}: size the budget to the container.`,
    remediationHint: `Set the server's own budget (${budget.setting}) explicitly to a share of the container limit: left alone, it may be sized from the host's memory.`,
  };
}

/**
 * Children rarely all reach their cap at once: only a worst case of four times the limit or more,
 * twice what the policy's raises may reach, says the pool is sized for another machine.
 */
function poolSizedForAnotherMachine({
  container,
  limit,
  limitText,
  specBudgets,
}: Headroom): NoRaise | undefined {
  const pool = specBudgets.find((b) => b.kind === 'per-worker');
  if (!pool || !limit || !limitText || pool.workers * pool.bytesEach < 2 * BEYOND_ONE_POLICY * limit) {
    return undefined;
  }
  const total = humanBytes(pool.workers * pool.bytesEach);
  return {
    note: `Its ${pool.workers} workers may each take their own buffers (${pool.setting}, ${pool.where}): up to ${total}, four times or more its limit ${limitText}. The kernel kills it whenever enough of them grow at once, and no bounded raise comes near. Size the pool or the per-worker buffers to the limit.`,
    reason: `The kernel killed ${container.name} for memory while its workers may take up to ${total} (${pool.setting}) in a limit of ${limitText}: size them to the container.`,
    remediationHint: `Lower the worker count or each worker's buffers (${pool.setting}) so that their product fits the limit.`,
  };
}

function unboundedArea({ container, specBudgets }: Headroom): NoRaise | undefined {
  const unbounded = specBudgets.find((b) => b.kind === 'unbounded');
  if (!unbounded) return undefined;
  return {
    note: `Its command line leaves a memory area without a bound (${unbounded.setting}, ${unbounded.where}): what fills it grows with whatever feeds it (slow subscribers, uncacheable objects), and a bigger limit only moves the next kill later. Bound it, then look at what fills it.`,
    reason: `The kernel killed ${container.name} for memory with ${unbounded.setting}: an unbounded area, not a small limit.`,
    remediationHint: `Give ${unbounded.setting} a bound that fits the container limit, and find what fills it.`,
  };
}

/**
 * Twice the limit or more, for a runtime that sizes its heap towards the cap (the JVM's ergonomics,
 * Julia's GC hint, .NET, Go): the raises a policy allows never reach the size it aims at. V8 grows
 * its old space only as its live data does: there a raise still helps a working set just above.
 */
function heapAimedFarAbove({ container, flags, limit, limitText }: Headroom): NoRaise | undefined {
  const cap = limit ? capAtOrAboveLimit(flags, limit) : undefined;
  const capBytes = cap ? flagBytes(cap.flag) : undefined;
  if (!cap || cap.runtime === 'node' || !limit || !limitText || capBytes === undefined) return undefined;
  if (capBytes < BEYOND_ONE_POLICY * limit) return undefined;
  return {
    note: `The heap may grow to ${cap.flag} (${cap.where}), ${BEYOND_ONE_POLICY}× or more the container limit ${limitText}: the runtime has no reason to collect before the kernel kills it, and the raises a policy allows never reach that size. Set the cap to about 75 % of the limit.`,
    reason: `The kernel killed ${container.name} for memory while its heap may grow to ${cap.flag}, ${BEYOND_ONE_POLICY}× or more its limit ${limitText}: size the heap to the container.`,
    remediationHint: `Set ${cap.flag} (${cap.where}) to about 75 % of the container limit.`,
  };
}

function filesInATmpfs({ container, limit }: Headroom): NoRaise | undefined {
  const tmpfs = (container.memoryVolumes ?? []).find((v) => {
    const size = v.sizeLimit ? parseQuantity(v.sizeLimit) : undefined;
    return size === undefined || limit === undefined || size >= limit * SMALL_TMPFS_SHARE;
  });
  if (!tmpfs) return undefined;
  const bound = tmpfs.sizeLimit ? `sizeLimit ${tmpfs.sizeLimit}` : 'no sizeLimit';
  return {
    note: `${container.name} mounts a memory-backed emptyDir at ${tmpfs.path} (${tmpfs.volume}, ${bound}): files written there count towards the memory limit and outlive a restart of the container, so a bigger limit only delays the next kill while they keep growing. Check what fills it (du -sh ${tmpfs.path}) before raising the limit.`,
    reason: `The kernel killed ${container.name} for memory and it writes to a tmpfs (${tmpfs.path}, ${bound}) that counts towards its limit: find what fills it first.`,
    remediationHint: `Clean up or bound ${tmpfs.path} (a sizeLimit on emptyDir ${tmpfs.volume}, or a disk-backed volume), then raise the limit if the process itself needs more.`,
  };
}

/** Whatever stopped the process: its reports, its alert, its allocations, its input, its workers. */
const ANY_STOP: readonly HeadroomStep[] = [
  workersAboveCpuLimit,
  leakInItsReports,
  leakInItsAlert,
  seriesExploded,
  allocatorNotLoaded,
  workWaitingOnADownstream,
  allocationOfTheWholeLimit,
  inputLargerThanAnyBefore,
  inputThatCameBack,
  needsMoreThanRaisesReach,
];

/** When the kernel killed it: what its spec and its server's own budgets say fills the container. */
const KERNEL_KILL: readonly HeadroomStep[] = [
  autoWorkersOnFewCpus,
  budgetAboveTheLimit,
  poolSizedForAnotherMachine,
  unboundedArea,
  heapAimedFarAbove,
  filesInATmpfs,
];

/**
 * A heap cap at or above the limit (not far above): the heap may outgrow the limit before the
 * runtime collects, but the raise still helps a working set just above the limit (what the kill
 * says), so it stays, with the cap to fix named.
 */
function withCapAtOrAboveNamed({ candidate, flags, limit, limitText }: Headroom): DiagnosisCandidate {
  const cap = limit ? capAtOrAboveLimit(flags, limit) : undefined;
  if (!cap || !limitText) return candidate;
  return {
    ...candidate,
    summary: `${candidate.summary} The heap may grow to ${cap.flag} (${cap.where}), at or above the container limit ${limitText}: the runtime has no reason to collect before the kernel kills it. Set the cap to about 75 % of the limit as well.`,
    remediationHint: `Set ${cap.flag} (${cap.where}) to about 75 % of the container limit, so the runtime collects before the kernel kills it.`,
  };
}

/** What to do about an input larger than the process is built for. */
const OVERSIZED_INPUT_HINT =
  'Process the data in chunks or stream it, reject inputs over a size the service is built for, and find who sent this one; a retried job meets the same input.';

/** A CPU limit of at most this many cores is smaller than the nodes an "auto" worker count reads. */
const SMALL_CPU_LIMIT = 2;

/** The larger of the budget a log printed and the sized budgets of the spec. */
function largestBudget(
  logged: MemoryBudget | undefined,
  spec: readonly SpecMemoryBudget[],
): MemoryBudget | undefined {
  let largest = logged;
  for (const b of spec) {
    if (b.kind === 'sized' && (!largest || b.bytes > largest.bytes)) {
      largest = { bytes: b.bytes, setting: `${b.setting}, ${b.where}` };
    }
  }
  return largest;
}

/** The default of `policy.maxMemoryFactor`: raises stop at twice the original limit. */
const BEYOND_ONE_POLICY = 2;

/**
 * The memory a server says it needs, in its own matched line: Dragonfly's `There are 64 threads, so
 * 16.00GiB are required`, Redpanda's `below recommended: '1073741824'`. Undefined when none does.
 */
function statedRequirement(candidate: DiagnosisCandidate): { bytes: number; text: string } | undefined {
  for (const e of candidate.evidence) {
    if (e.source !== 'previous-log' && e.source !== 'current-log') continue;
    const text = e.text.length > 1024 ? e.text.slice(0, 1024) : e.text;
    const required = text.indexOf(' are required');
    const so = required > 0 ? text.lastIndexOf('so ', required) : -1;
    if (so >= 0 && required - so < 24) {
      const size = text.slice(so + 3, required);
      const bytes = sizeWithUnit(size);
      if (bytes !== undefined) return { bytes, text: size };
    }
    const marker = "below recommended: '";
    const at = text.indexOf(marker);
    if (at >= 0) {
      const digits = text.slice(at + marker.length, at + marker.length + 16).split("'")[0] ?? '';
      const bytes = Number(digits);
      if (digits.length > 0 && Number.isSafeInteger(bytes) && bytes > 0)
        return { bytes, text: humanBytes(bytes) };
    }
  }
  return undefined;
}

/** A memory candidate whose plan raises the limit: the only kind this weighing changes. */
export function raisesMemory(candidate: DiagnosisCandidate): boolean {
  return candidate.category === 'memory' && candidate.actions.some((a) => a.kind === 'raise-memory-limit');
}

/** The first absolute heap cap (not a JVM area outside the heap) of at least `limit` bytes. */
function capAtOrAboveLimit(
  flags: readonly RuntimeMemoryFlag[],
  limit: number,
): RuntimeMemoryFlag | undefined {
  return flags.find((f) => {
    if (!f.absolute || f.area) return false;
    const bytes = flagBytes(f.flag);
    return bytes !== undefined && bytes >= limit;
  });
}

/**
 * The size a heap flag sets, in bytes: the JVM's `-Xmx4g`, `-XX:MaxHeapSize=`, `-XX:MaxRAM=` (units
 * k, m, g, t; bytes without one), Node.js's `--max-old-space-size` (MiB), Go's `GOMEMLIMIT` (B, KiB,
 * MiB, GiB, TiB), .NET's byte counts (hexadecimal in env variables) and an application's own heap
 * setting (`MAX_HEAP_SIZE=4G`; without a unit the size is not known). Undefined when unreadable.
 */
export function flagBytes(flag: string): number | undefined {
  if (flag.startsWith('-Xmx')) return sized(flag.slice(4), 'bytes');
  const eq = flag.indexOf('=');
  if (eq < 0) return undefined;
  const name = flag.slice(0, eq);
  const value = flag.slice(eq + 1);
  if (name === '--max-old-space-size' || name === '--max_old_space_size') return sized(value, 'mib');
  if (name === '--heap-size-hint') return sized(value, 'bytes');
  if (name.startsWith('-XX:') || name === 'GOMEMLIMIT') return sized(value, 'bytes');
  if (name.endsWith('GCHeapHardLimit')) {
    const bytes = Number.parseInt(value.startsWith('0x') ? value.slice(2) : value, 16);
    return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
  }
  if (name === 'System.GC.HeapHardLimit' || name === 'HeapHardLimit') return sized(value, 'bytes');
  return sized(value, 'unknown');
}

/** Digits and a unit; `bare` says what digits alone mean. */
function sized(text: string, bare: 'bytes' | 'mib' | 'unknown'): number | undefined {
  const digits = digitsEnd(text);
  if (digits === 0 || digits > 16) return undefined;
  const value = Number(text.slice(0, digits));
  const unit = text.slice(digits).toLowerCase();
  if (unit === '') return bare === 'unknown' ? undefined : value * (bare === 'mib' ? KIB ** 2 : 1);
  const factor = BYTE_UNITS[unit];
  return factor === undefined || value === 0 ? undefined : value * factor;
}

/**
 * What a runtime prints when one allocation fails, before the size: numpy `Unable to allocate
 * 926. GiB for an array`, Rust `memory allocation of 34359738368 bytes failed`, Go `runtime: out of
 * memory: cannot allocate 4294967296-byte block`. A GPU's own allocations (`CUDA out of memory.
 * Tried to allocate`) are not the container's memory.
 */
const ALLOCATION_MARKERS = ['Unable to allocate ', 'memory allocation of ', 'cannot allocate '] as const;
const MAX_ALLOCATION_SCAN = 2048;

/** The failed allocation a log line reports, with its size; undefined when it reports none. */
export function failedAllocationIn(line: string): FailedAllocation | undefined {
  const text = line.length > MAX_ALLOCATION_SCAN ? line.slice(0, MAX_ALLOCATION_SCAN) : line;
  if (text.includes('CUDA') || text.includes('GPU')) return undefined;
  for (const marker of ALLOCATION_MARKERS) {
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const rest = text.slice(at + marker.length, at + marker.length + 40);
    const bytes = allocationSize(rest);
    if (bytes !== undefined) {
      const quoted =
        text
          .slice(at, at + marker.length + 40)
          .split(' for ')[0]
          ?.trim() ?? marker.trim();
      return { bytes, text: quoted };
    }
  }
  return undefined;
}

/** `926. GiB`, `926.5 GiB`, `34359738368 bytes`, `4294967296-byte block`: the size, in bytes. */
function allocationSize(rest: string): number | undefined {
  const number = leadingNumber(rest);
  if (!number || number.end > 20) return undefined;
  const { value, end } = number;
  let from = end;
  while (from < rest.length && (rest[from] === ' ' || rest[from] === '-')) from++;
  let to = from;
  while (to < rest.length && rest[to] !== ' ' && rest[to] !== '-' && rest[to] !== ')') to++;
  const unit = rest.slice(from, to).toLowerCase();
  if (unit === 'bytes' || unit === 'byte') return value;
  const factor = BYTE_UNITS[unit];
  return factor === undefined || unit === '' ? undefined : value * factor;
}

/**
 * Settings a server prints for a memory budget of its own, as `key=size` (lowercase, without `_`,
 * `.` or `-`): WiredTiger's `cache_size`, a data region's `maxSize`, Ignite's `maxCfg`, Redis's and
 * Dragonfly's `maxmemory`, DuckDB's and PHP's `memory_limit`, InnoDB's buffer pool, PostgreSQL's
 * `shared_buffers`.
 */
const BUDGET_KEYS: readonly string[] = [
  'cachesize',
  'maxsize',
  'maxcfg',
  'maxmemory',
  'memorylimit',
  'bufferpoolsize',
  'sharedbuffers',
];
/**
 * The same budgets in a sentence (`Setting DuckDB memory limit to 50GB`, `Setting maxmemory to
 * 819.20MiB`, `object cache capacity resolved to 12.80 GiB`).
 */
const BUDGET_PHRASES: readonly string[] = [
  // RabbitMQ's memory alarm, computed from the host: `Memory high watermark set to 42230 MiB`.
  'watermark set to ',
  // A JVM server's own report of the heap it took (Cassandra's `Heap size: 7.812GiB/7.812GiB`,
  // Elasticsearch's `heap size [7.8gb]`): sized once, at start, whatever the limit.
  'heap size: ',
  'heap size [',
  'memory limit to ',
  'maxmemory to ',
  'cache size to ',
  'cache capacity to ',
  'cache capacity set to ',
  'cache capacity resolved to ',
];
const MAX_BUDGET_SCAN = 2048;

/**
 * The largest memory budget a log line prints as `key=size` (`cache_size=31744M`, `maxSize=12.8
 * GiB`) or in a sentence (`memory limit to 50GB`).
 */
export function memoryBudgetIn(line: string): MemoryBudget | undefined {
  const text = line.length > MAX_BUDGET_SCAN ? line.slice(0, MAX_BUDGET_SCAN) : line;
  let largest: MemoryBudget | undefined;
  const lower = text.toLowerCase();
  for (const phrase of BUDGET_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at < 0) continue;
    const sized = text.slice(at + phrase.length, at + phrase.length + 24);
    const bytes = sizeWithUnit(sized);
    if (bytes !== undefined && (!largest || bytes > largest.bytes)) {
      largest = { bytes, setting: `${text.slice(at, at + phrase.length)}${sized.split(' ')[0] ?? ''}` };
    }
  }
  for (let eq = text.indexOf('='); eq > 0; eq = text.indexOf('=', eq + 1)) {
    let start = eq;
    while (start > 0 && start > eq - 40 && isFieldKeyCode(text.charCodeAt(start - 1))) start--;
    const key = text.slice(start, eq);
    const bare = key.toLowerCase().split('_').join('').split('.').join('').split('-').join('');
    // `cache=24000MB`: osm2pgsql's node cache, a budget by the key alone.
    if (!BUDGET_KEYS.some((k) => bare.endsWith(k)) && bare !== 'cache') continue;
    const value = text.slice(eq + 1, eq + 24);
    const bytes = sizeWithUnit(value);
    if (bytes !== undefined && (!largest || bytes > largest.bytes)) {
      largest = { bytes, setting: `${key}=${value.split(',')[0]?.trim()}` };
    }
  }
  return largest;
}
