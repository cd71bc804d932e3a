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
