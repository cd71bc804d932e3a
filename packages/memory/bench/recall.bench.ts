import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrateThreshold } from '../src/calibrate.ts';
import { DEFAULT_RECALL_THRESHOLD } from '../src/incident-memory.ts';
import { RecallBatchLineSchema } from '../src/records.ts';
import { eighthCorpus } from './fixtures/eighth-corpus.ts';
import { eleventhCorpus } from './fixtures/eleventh-corpus.ts';
import { fifthCorpus } from './fixtures/fifth-corpus.ts';
import { fourthCorpus } from './fixtures/fourth-corpus.ts';
import { ninthCorpus } from './fixtures/ninth-corpus.ts';
import { devFamily, ownCorpus, type Split, splitOf } from './fixtures/own-corpus.ts';
import { secondCorpus } from './fixtures/second-corpus.ts';
import { seventhCorpus } from './fixtures/seventh-corpus.ts';
import { sixthCorpus } from './fixtures/sixth-corpus.ts';
import { tenthCorpus } from './fixtures/tenth-corpus.ts';
import { thirdCorpus } from './fixtures/third-corpus.ts';
import { evaluateRecall, loadMemoryDev, memoryFromPast, type RecallEvaluation } from './memory-dev.ts';
import { importSynthetic, type RecallTimings, timeRecalls } from './scale-child.ts';
import { withUnrelatedErrors } from './unrelated-errors.ts';

type Io = { out(text: string): void; err(text: string): void };

const HERE = dirname(fileURLToPath(import.meta.url));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] as number;

/**
 * Runs one half of the scale benchmark in a child process, with a heap of its own (nothing the
 * other benchmarks left behind is collected while recall is timed); in this process when a child
 * cannot be started.
 */
function inChild<T>(args: readonly string[]): T | undefined {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'scale-child.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const line = child.status === 0 ? child.stdout.trim().split('\n').pop() : undefined;
  return line ? (JSON.parse(line) as T) : undefined;
}

/** Prints recall@1 and false recall of one split of a corpus. */
function printSplit(io: Io, label: string, result: RecallEvaluation): void {
  io.out(
    `  ${label.padEnd(22)} recall@1 ${result.recallAt1.toFixed(3)} (${result.recurrences} recurrences)   false recall ${result.falseRecall.toFixed(3)} (${result.negatives} near-miss + novel)`,
  );
}

/**
 * The corpus again with one unrelated error line (a failed metrics push, a DNS blip, a stale
 * deprecation error) added to every stored log and another to every query: recurrences must still
 * be recalled, near-misses and novel problems still not.
 */
async function unrelatedErrorsReport(
  io: Io,
  name: string,
  corpus: { past: readonly Record<string, unknown>[]; queries: readonly Record<string, unknown>[] },
): Promise<void> {
  const noisy = withUnrelatedErrors(corpus);
  const result = await evaluateRecall(await memoryFromPast(noisy.past), noisy.queries);
  printSplit(io, `${name} with unrelated errors`, result);
  if (process.env.MEMORY_BENCH_MISSES) for (const miss of result.misses) io.out(`      miss: ${miss}`);
}

/**
 * Recall quality on a corpus, split by family: `tune` is what the recall rules were developed
 * against, `holdout` only reports (targets: recall@1 >= 0.95, false recall <= 0.05 on holdout).
 */
async function splitReport(
  io: Io,
  name: string,
  corpus: { past: readonly unknown[]; queries: readonly Record<string, unknown>[] },
  familyOf: (query: Record<string, unknown>) => string,
): Promise<Record<Split, RecallEvaluation>> {
  const memory = await memoryFromPast(corpus.past);
  const out = {} as Record<Split, RecallEvaluation>;
  for (const split of ['tune', 'holdout'] as const) {
    const result = await evaluateRecall(
      memory,
      corpus.queries.filter((q) => splitOf(familyOf(q)) === split),
    );
    printSplit(io, `${name} ${split}`, result);
    for (const [kind, s] of [...result.byKind].sort()) {
      io.out(`      ${kind.padEnd(12)} ${s.correct}/${s.total} answered correctly`);
    }
    for (const miss of result.misses) io.out(`      miss: ${miss}`);
    out[split] = result;
  }
  return out;
}

/** Leaves one problem out of memory at a time: its recurrences are then unseen problems and must recall nothing. */
async function leaveOneProblemOut(
  io: Io,
  corpus: { past: readonly Record<string, unknown>[]; queries: readonly Record<string, unknown>[] },
): Promise<void> {
  let leaked = 0;
  let heldOut = 0;
  for (const past of corpus.past) {
    const without = await memoryFromPast(corpus.past.filter((p) => p !== past));
    for (const q of corpus.queries.filter((q) => q.expect === past.id)) {
      heldOut++;
      const [top] = await without.recall(RecallBatchLineSchema.parse(q));
      if (top) leaked++;
    }
  }
  io.out(
    `  leave-one-problem-out: ${leaked}/${heldOut} recurrences of a problem missing from memory recalled another (false-recall ${(leaked / Math.max(1, heldOut)).toFixed(3)})`,
  );
}

async function devCorpus(io: Io): Promise<void> {
  const own = ownCorpus();
  io.out(
    `own corpus (bench/fixtures): ${own.past.length} past incidents, ${own.queries.length} queries, threshold ${DEFAULT_RECALL_THRESHOLD}`,
  );
  const ownSplits = await splitReport(io, 'own', own, (q) => String(q.family));
  await unrelatedErrorsReport(io, 'own', own);
  const dev = loadMemoryDev();
  if (!dev) {
    io.out('memory-dev: skipped, ../shared/eval/memory-dev is absent');
    return;
  }
  const memory = await memoryFromPast(dev.past);
  io.out(
    `memory-dev: ${dev.past.length} past incidents, ${dev.queries.length} queries, threshold ${memory.threshold}`,
  );
  const devSplits = await splitReport(io, 'memory-dev', dev, (q) => devFamily(String(q.qid)));
  await unrelatedErrorsReport(io, 'memory-dev', dev);
  const pooled = (split: Split) => {
    const a = ownSplits[split];
    const b = devSplits[split];
    const hits = a.recallAt1 * a.recurrences + b.recallAt1 * b.recurrences;
    const falseHits = a.falseRecall * a.negatives + b.falseRecall * b.negatives;
    return `recall@1 ${(hits / Math.max(1, a.recurrences + b.recurrences)).toFixed(3)}, false recall ${(falseHits / Math.max(1, a.negatives + b.negatives)).toFixed(3)}`;
  };
  io.out(`  pooled tune (own + memory-dev):    ${pooled('tune')}`);
  io.out(`  pooled holdout (own + memory-dev): ${pooled('holdout')}  (targets: >= 0.95, <= 0.05)`);
  await leaveOneProblemOut(io, dev);
  const cal = calibrateThreshold(await memory.entries());
  io.out(
    `  calibration on the stored corpus: distinct problems score max ${cal.different.max.toFixed(3)} (p95 ${cal.different.p95.toFixed(3)}), truncated recurrences min ${cal.same.min.toFixed(3)} (p05 ${cal.same.p05.toFixed(3)}); suggested threshold ${cal.suggested}`,
  );
}

/**
 * A corpus written blind (other software and problems, by a helper that never read the recall
 * code): its untuned figures were recorded when it was added, then the fingerprint rules were
 * developed against it, so what it prints now is a tuned figure.
 */
type BlindCorpus = {
  name: string;
  corpus: ReturnType<typeof secondCorpus>;
  /** What it scored when it was added, before any rule was tuned on it. */
  untuned: string;
  /** Whether rules were tuned on it since (default: yes). */
  tuned?: boolean;
};

const BLIND_CORPORA: readonly (() => BlindCorpus)[] = [
  // Other software, other log formats; fingerprint version 3 was developed against it.
  () => ({
    name: 'second',
    corpus: secondCorpus(),
    untuned:
      'before fingerprint version 3: recall@1 1.000 (64 recurrences), false recall 0.132 (76 near-miss + novel)',
  }),
  // The substitution and swapped-identity rules of fingerprint comparison were developed against it.
  () => ({
    name: 'third',
    corpus: thirdCorpus(),
    untuned: 'written blind: recall@1 1.000 (64 recurrences), false recall 0.093 (75 near-miss + novel)',
  }),
  // Galera, Airflow, Spark, Flink, Solr, Keycloak, Linkerd, Karpenter, ...: log4j source-location
  // masking, quoted constants and replaced causes were developed against it.
  () => ({
    name: 'fourth',
    corpus: fourthCorpus(),
    untuned: 'written blind: recall@1 0.968 (62 recurrences), false recall 0.038 (78 near-miss + novel)',
  }),
  // Vault agent, Consul, Envoy, Kong, Pulsar, RabbitMQ, TiDB, Vitess, Temporal, ...: fingerprint
  // version 5 (Kubernetes event reasons, hyphenated header words, another component's error as a
  // side's whole identity) was developed against it.
  () => ({
    name: 'fifth',
    corpus: fifthCorpus(),
    untuned:
      'written blind: recall@1 0.867 (60 recurrences), false recall 0.059 (68 near-miss + novel); with unrelated errors 0.750 / 0.044',
  }),
  // Prisma, PostgREST, Hangfire, Trino, Calico, Dapr, Hasura, dbt, Mimir, ...: fingerprint version 6
  // (no `ERROR` level word as an errno, `not ready`/`does not exist` as failure phrases, identities
  // that name different failures, parenthesised error ids) was developed against it. Its first run
  // cut the exception line out of some recurrences (0.933 / 0.056); the figure below is after that
  // generator fix, still blind.
  () => ({
    name: 'sixth',
    corpus: sixthCorpus(),
    untuned:
      'written blind: recall@1 0.983 (60 recurrences), false recall 0.056 (72 near-miss + novel); with unrelated errors 0.950 / 0.056',
  }),
  // Oban, Phoenix, Horizon, Symfony Messenger, Doctrine, TypeORM, Mongoose, Lettuce, Jedis, Npgsql,
  // MassTransit, Akka Persistence, NATS JetStream, Ory, VictoriaMetrics, Typesense, MetalLB, Argo,
  // SpiceDB, Unleash, ztunnel, Sentry Relay, Exposed, GoodJob, R2DBC, Drizzle, OpenFGA, Vector:
  // fingerprint version 7 (an HTTP error status a client reports in words) was developed against it.
  () => ({
    name: 'seventh',
    corpus: seventhCorpus(),
    untuned: 'written blind: recall@1 0.950 (60 recurrences), false recall 0.034 (59 near-miss + novel)',
  }),
  // Vert.x, Quarkus, Strapi, Superset, Metabase, Grafana, Jaeger, APISIX, CouchDB, Neo4j, Hazelcast,
  // Play, Payload, Plausible, Vaultwarden, TimescaleDB, Snuba, authentik, Couchbase, Mastodon, ...
  () => ({
    name: 'eighth',
    corpus: eighthCorpus(),
    tuned: false,
    untuned:
      'written blind: recall@1 0.933 (60 recurrences), false recall 0.036 (55 near-miss + novel); with unrelated errors 0.833 / 0.036',
  }),
  // Synapse, Mattermost, Rocket.Chat, Immich, Jellyfin, Woodpecker, Flagger, YugabyteDB, ArangoDB,
  // RocketMQ, EventStoreDB, Graylog, n8n, Trivy, Falco, Node-RED, Zulip, Moleculer, Nuxt, JupyterHub,
  // Wazuh, Helidon, Authelia, oauth2-proxy, Paperless-ngx, Outline, listmonk, Zitadel, Benthos, Redpanda:
  // its misses were a log shipper's push error above the problem's own statement (see `ownIdentity`).
  () => ({
    name: 'ninth',
    corpus: ninthCorpus(),
    untuned:
      'written blind: recall@1 0.850 (60 recurrences), false recall 0.017 (59 near-miss + novel); with unrelated errors 0.667 / 0.000',
  }),
  // PeerTube, Lemmy, BookStack, Wiki.js, Penpot, Umami, Matomo, PostHog, Redash, NocoDB, Baserow,
  // Mosquitto, Squid, OSRM, EMQX, Odoo, Dex, PostGIS, Nominatim, ERPNext, PocketBase, Cortex,
  // SonarQube, Zammad, HedgeDoc, Uptime Kuma, Joplin Server, Nginx Proxy Manager, Chatwoot, Vikunja.
  () => ({
    name: 'tenth',
    corpus: tenthCorpus(),
    untuned:
      'written blind: recall@1 0.900 (60 recurrences), false recall 0.078 (64 near-miss + novel); with unrelated errors 0.667 / 0.047',
  }),
  // Valkey, Casdoor, Headscale, Teleport's kube agent, Asynq, Dramatiq, FreeRADIUS, OpenLDAP, SFTPGo,
  // MediaMTX, Mautic, Plane, Nextflow, Zabbix, Jicofo, RisingWave, NetBox, Seafile, Graphile Worker,
  // Redmine, Icinga 2, Concourse, Invidious, Pi-hole FTL, Rundeck, Orthanc, Kimai, ntfy, Materialize,
  // SuperTokens.
  () => ({
    name: 'eleventh',
    corpus: eleventhCorpus(),
    tuned: false,
    untuned:
      'written blind: recall@1 0.900 (60 recurrences), false recall 0.043 (69 near-miss + novel); with unrelated errors 0.683 / 0.000',
  }),
];

async function blindCorpusReport(io: Io, { name, corpus, untuned, tuned }: BlindCorpus): Promise<void> {
  const memory = await memoryFromPast(corpus.past);
  io.out(
    `${name} corpus (bench/fixtures/${name}-corpus.ts): ${corpus.past.length} past incidents, ${corpus.queries.length} queries, threshold ${memory.threshold}`,
  );
  const result = await evaluateRecall(memory, corpus.queries);
  io.out(`  (untuned, ${untuned}; ${tuned === false ? 'not tuned on it since' : 'since tuned on it'})`);
  printSplit(io, `${name} corpus`, result);
  for (const [kind, s] of [...result.byKind].sort()) {
    io.out(`      ${kind.padEnd(12)} ${s.correct}/${s.total} answered correctly`);
  }
  for (const miss of result.misses) io.out(`      miss: ${miss}`);
  await unrelatedErrorsReport(io, name, corpus);
  await leaveOneProblemOut(io, corpus);
}

async function scale(io: Io, count: number, families: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'memory-bench-'));
  try {
    const imported =
      inChild<{ ms: number }>(['import', dir, String(count), String(families)]) ??
      (await importSynthetic(dir, count, families));
    io.out(
      `scale: ${count.toLocaleString('en')} incidents (${families.toLocaleString('en')} problems) imported into a local store in ${(imported.ms / 1000).toFixed(1)} s (${Math.round(count / (imported.ms / 1000)).toLocaleString('en')}/s)`,
    );
    const t = inChild<RecallTimings>(['recall', dir, String(families)]) ?? (await timeRecalls(dir, families));
    const latencies = [...t.latencies].sort((a, b) => a - b);
    const cpu = [...t.cpu].sort((a, b) => a - b);
    io.out(`  store opened in ${(t.openMs / 1000).toFixed(1)} s by a fresh process`);
    io.out(
      `  recall latency over ${latencies.length} queries: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p90 ${quantile(latencies, 0.9).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${(latencies[latencies.length - 1] as number).toFixed(1)} ms (target p99 < 20 ms; load average ${loadavg()[0]?.toFixed(1)} on ${navigator.hardwareConcurrency} cores)`,
    );
    io.out(
      `  CPU time per recall (not inflated by other processes): p50 ${quantile(cpu, 0.5).toFixed(1)} ms, p99 ${quantile(cpu, 0.99).toFixed(1)} ms`,
    );
    io.out(
      `  same problem ranked first ${pct(t.hits / t.recurrences)} of ${t.recurrences}; false recall on ${t.novel} unseen problems ${pct(t.falseHits / t.novel)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Recall quality on memory-dev and recall speed over 100,000 stored incidents. */
export async function runBench(io: Io): Promise<void> {
  await devCorpus(io);
  for (const blind of BLIND_CORPORA) await blindCorpusReport(io, blind());
  // MEMORY_SCALE_INCIDENTS=0 skips the scale half (a quality-only run takes seconds).
  const count = Number(process.env.MEMORY_SCALE_INCIDENTS ?? 100_000);
  if (count > 0) await scale(io, count, Math.max(1, Math.round(count / 5)));
  else io.out('scale: skipped (MEMORY_SCALE_INCIDENTS=0)');
}
