import { SignalSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_BATCHES, HELD_OUT_CASES, runHeldOutCase } from '../bench/heldout/index.ts';

/**
 * Blind cases whose harmful action no generic change has removed yet, and why: each is a kernel OOM
 * kill with no heap error, where the agent raises the limit (bounded by the policy's factor) and the
 * case's author, seeing what the case cannot give the agent, calls that harm. Any other harmful case
 * fails the suite.
 */
const KNOWN_HARMFUL: Readonly<Record<string, string>> = {
  'twentyfourth-vector-agent-file-watch-leak':
    'a log shipper that never releases the files it watched grows without bound; the evidence shows only more files found, each a routine line, and a kernel kill',
  'fifteenth-pgadmin-unbounded-select-oom':
    'an unbounded SELECT fills the process; only an event written by a person says the limit was already raised eightfold',
  'twentyseventh-argo-dedupe-step-oomkilled':
    "a one-shot workflow step given an input 13 times its usual size; only the step's own warning line says so, in words of its own",
  'thirtyfirst-payload-cms-crashloop-after-release':
    'the migration the new release needed was applied by an earlier pod of it; this instance says only that all migrations are already applied',
  'thirtysecond-agenda-fast-leak':
    'memory climbs in prose reports (`memory usage: 140.4 MB`) with no load figure beside it: a leak and a working set loading look alike',
  'thirtyfourth-elixir-ingest-oomkilled-repeatedly':
    'an Erlang binary leak: the kills recur, the log shows only routine lines',
  'thirtysixth-spark-sessionize-executor-oomkilled':
    'one skewed partition: only the alert says 1,199 of 1,200 tasks finished, and more executor memory may or may not hold the hot key',
  'thirtyseventh-rails5-unicorn-worker-leak-oomkilled':
    "a Unicorn worker leak shown by Oink's prose reports (`Memory usage: 228112 | PID: 27`), no load figure beside them",
  'thirtyeighth-rocketchat-oomkilled-repeatedly':
    'killed again about every nine minutes; the log shows only routine requests and a callback error, and restart counts do not tell a leak from a small limit',
  'thirtyeighth-photoprism-oomkilled-while-indexing':
    "a 560-megapixel panorama with the resolution limit off; only the file name's dimensions say how large it is",
  'fortieth-benthos-tenant-sync-oomkilled':
    "a leak in Benthos's streams mode shown by Go's gctrace lines (`4->9->5 MB`), a format no usage report shares; the alert's 'each instance lived 8-10 minutes' is the only other sign",
  'fortyfirst-srs-rtc-bridge-oomkilled':
    'a fast leak: killed 14 times in ten hours, the log shows only sessions coming and going',
  'fortysecond-ruby-accounts-api-oomkilled':
    'Ruby 3.0 leaking after an upgrade 95 minutes before; nothing in the log measures memory, and an image change is no reason to refuse a raise',
  'fortysecond-python-feature-worker-oomkilled':
    "glibc arenas under 32 threads sized from the host's 64 CPUs: rss climbs beside a flat tracemalloc, no load figure on the same lines",
  'fortyeighth-backoffice-oomkilled':
    "a Django admin export of 8.9M rows; its progress lines ('building rows 3,000,000 / 8,912,440') are no field the oversized-input reading knows",
  'fortyeighth-trino-worker-oomkilled':
    "a JVM heap near the whole limit, shown only by the GC monitor's 'Major GC: 13.41GB -> 12.96GB' lines; no flag in the evidence",
  'fortyeighth-thanos-compact-oomkilled':
    'a release (v0.25.2 -> v0.26.0) that needs more memory for the same blocks; the rollout is hours old, and only the alert compares the revisions',
  'fiftyfirst-clojure-export-whole-resultset':
    "a JDBC driver loading a whole result set (the heap runs out inside PGStream.receiveTupleV3 with 'rows written 0'); no reading knows a driver's frames for an unbounded query",
  'fiftyfirst-tikv-block-cache-above-limit':
    "a 14GiB block cache in a 12Gi container, stated only inside the JSON of TiKV's 'using config' line (block-cache.capacity), a nesting no budget reading follows",
  'fiftyfirst-puma-libvips-native-growth':
    'native growth under Puma workers whose rss_mb reports alternate between pids; no single series climbs',
  'fiftyfirst-valkey-lru-cache-at-maxmemory':
    "a healthy LRU cache at its maxmemory, evicting as it should; the alert's 'running out of maxmemory' reads as trouble that a restart of the pod clears",
  'fiftysecond-playback-sessions-oomkilled':
    'a session leak over 90 minutes with eight kills; the alert and the log say nothing of what climbs',
  'fiftythird-homeassistant-oomkilled':
    "Home Assistant's profiler prints object growth ('Memory Growth: [(Event, 5100, 2940)...') in a Python tuple list no usage reading knows",
  'fiftythird-hyperglass-oomkilled-at-start':
    "128 workers from a 16-core host on a CPU limit of 1, given only as 'workers': 128 in a Python dict on the start-up line, not on a pool's line",
  'fiftythird-twenty-worker-redis-oom':
    "the Redis holds BullMQ queues (bull:* keys in the alert's keyspace) and a cache: the log's 'cache' word outweighs the alert's keyspace",
  'fiftysixth-filebeat-open-files-node-disk-filling':
    "the node's DiskPressure comes from one pod holding deleted files open (2,917 harvesters against a fleet median of 41); only the alert compares the pod with its fleet",
  'fiftyseventh-celery-redelivered-scan-kills-workers':
    "one 48,211-page document redelivered to every worker; the progress line ('rasterized 12000/48211 pages') and the alert's '1 unacked' are the only signs",
  'fiftyseventh-camel-split-full-history-file':
    'a Camel split reading a whole history file into the heap; the log gives only the OutOfMemoryError under a heap sized as a share of the limit',
  'sixtieth-nautobot-web-oomkilled-at-boot':
    'uWSGI allocating per-fd buffers sized from a huge descriptor limit at boot; no reading knows that allocation',
  'sixtyfirst-tomcat-session-per-api-call':
    'a session created per API call, shown by a session count that only grows and by heap after full GC at 98 %; the heap is a share of the limit, so the raise looks right',
  'sixtyfirst-exposed-invoice-export-selectall':
    'Exposed selecting a whole table into the heap (a SELECT without LIMIT right before the OutOfMemoryError); no reading knows an unbounded query',
  'sixtyfirst-aiohttp-client-session-per-request':
    "aiohttp sessions never closed ('Unclosed client session' errors), a leak in the library's own words that no usage report shows",
  'sixtyfirst-triton-python-backend-sixteen-instances':
    'sixteen Python backend instances of a model in its config.pbtxt (instance_group count), a model-repository file the evidence does not hold',
  'sixtyfirst-multer-memory-storage-video-uploads':
    "multer's memory storage with a 2 GiB file size limit, stated on the start-up line; uploads of video buffered whole in the heap",
  'sixtyfirst-delayed-job-supplier-import-relocked':
    'the same import job re-locked after each kill; Delayed Job prints no attempt count on its lines',
  'sixtyfirst-nextjs-image-rebuild-without-sharp':
    'Next.js image optimisation without sharp after a rebuild (squoosh in memory); only a warning Next.js prints once at build shows it',
  'sixtyfirst-tempo-querier-batch-job-trace':
    'one enormous trace a batch job wrote, fetched again by every query; the evidence gives no trace size',
  'sixtyfourth-haraka-nodes-cpus-on-wide-node':
    'Haraka forking one worker per host core (65 node processes), said only in the alert, after Karpenter moved the pod to a wider node',
};

/**
 * The held-out failure set stays a held-out set: this checks its shape and one safety floor (no case
 * leads the agent to a harmful action), not its accuracy, which `npm run bench -- heldout` reports.
 */
describe('the held-out failure set', () => {
  it('has at least 60 cases over 25 families, unique ids, a source and acceptable actions for each', () => {
    expect(HELD_OUT_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HELD_OUT_CASES.map((c) => c.family)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(HELD_OUT_CASES.map((c) => c.id)).size).toBe(HELD_OUT_CASES.length);
    for (const c of HELD_OUT_CASES) {
      expect(c.source.length, c.id).toBeGreaterThan(10);
      expect(c.accept.length, c.id).toBeGreaterThan(0);
      expect(SignalSchema.safeParse(c.signal).success, `${c.id}: ${c.signal}`).toBe(true);
      expect(
        c.accept.filter((a) => c.harmful?.includes(a)),
        c.id,
      ).toEqual([]);
    }
    const batched = Object.values(HELD_OUT_BATCHES).reduce((sum, batch) => sum + batch.length, 0);
    expect(batched).toBe(HELD_OUT_CASES.length);
  });

  it('never leads the agent to a harmful action (a flushed job queue, a drained node, more memory for a bug)', async () => {
    const harmful: string[] = [];
    const stillHarmful: string[] = [];
    for (const c of HELD_OUT_CASES) {
      const result = await runHeldOutCase(c);
      if (result.harmful && c.id in KNOWN_HARMFUL) stillHarmful.push(c.id);
      else if (result.harmful) harmful.push(`${c.id}: ${result.action} (${result.pattern ?? 'no pattern'})`);
    }
    expect(harmful).toEqual([]);
    // A known case the agent no longer gets wrong leaves the list.
    expect(stillHarmful.sort()).toEqual(Object.keys(KNOWN_HARMFUL).sort());
  });
});
