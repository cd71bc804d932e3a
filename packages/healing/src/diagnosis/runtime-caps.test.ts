import type { Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';
import { summariseContainers } from './evidence/summarise.ts';
import { mayCarryRuntimeFlags, memoryFlagsIn } from './runtime-caps.ts';

const JAVA_HEAP = [
  '2026-03-02 09:41:07.112 ERROR 1 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception',
  'java.lang.OutOfMemoryError: Java heap space',
  '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
].join('\n');

const NODE_HEAP = [
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
].join('\n');

function diagnoseWith(
  sample: Parameters<typeof evidenceFixture>[0],
  memoryFlags?: { flag: string; where: string }[],
) {
  const evidence = evidenceFixture(sample);
  const app = evidence.containers[0];
  if (app && memoryFlags) app.memoryFlags = memoryFlags;
  const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.best;
}

describe('runtime memory caps', () => {
  it('escalates with the flag when the JVM heap is capped by -Xmx in JAVA_TOOL_OPTIONS', () => {
    const best = diagnoseWith({ previousLog: JAVA_HEAP, lastReason: 'Error', lastExitCode: 3 }, [
      { flag: '-Xmx512m', where: 'env JAVA_TOOL_OPTIONS of app' },
    ]);
    expect(best.patternId).toBe('jvm-heap-oom');
    expect(best.actions.map((a) => a.kind)).not.toContain('raise-memory-limit');
    expect(best.actions[0]).toMatchObject({ kind: 'escalate' });
    expect(best.actions[0]?.kind === 'escalate' && best.actions[0].reason).toContain(
      'capped by -Xmx512m (env JAVA_TOOL_OPTIONS of app)',
    );
    expect(best.fixable).toBe(false);
  });

  it('knows the JVM heap from its entry when the matched line quotes the error cut short (a long wrapper line)', () => {
    // The KCL's fan-out publisher wraps the error in a 300-character WARN line; evidence keeps its head.
    const wrapped = `2026-02-11 08:28:04,902 WARN  [aws-java-sdk-NettyEventLoop-0-3] s.a.k.r.f.FanOutRecordsPublisher - shardId-000000000006: [SubscriptionLifetime] - (FanOutRecordsPublisher#errorOccurred) @ 2026-02-11T08:27:51.116Z id: shardId-000000000006-49 -- ${'CompletionException/SdkClientException/'.repeat(4)}java.lang.OutOfMemoryError: Java heap space`;
    const best = diagnoseWith({ previousLog: wrapped, lastReason: 'Error', lastExitCode: 3 }, [
      { flag: '-Xmx512m', where: 'env JAVA_OPTS of app' },
    ]);
    expect(best.patternId).toBe('jvm-heap-oom');
    expect(best.actions[0]?.kind).toBe('escalate');
  });

  it("reads a launcher's variable named after the flag it sets (DRUID_XMX=8g) as the heap cap", () => {
    expect(memoryFlagsIn('DRUID_XMX=8g', 'env DRUID_XMX of broker')).toEqual([
      { runtime: 'jvm', flag: 'DRUID_XMX=8g', absolute: true, where: 'env DRUID_XMX of broker' },
    ]);
    expect(memoryFlagsIn('DRUID_XMS=8g', 'env DRUID_XMS of broker')).toEqual([]);
  });

  it("reads a launcher's *_ARGS and *_FLAGS variables as carrying runtime flags (Payara's JVM_ARGS)", () => {
    expect(mayCarryRuntimeFlags('JVM_ARGS')).toBe(true);
    expect(mayCarryRuntimeFlags('JAVA_FLAGS')).toBe(true);
    expect(mayCarryRuntimeFlags('VMOPTIONS')).toBe(true);
    expect(mayCarryRuntimeFlags('DEPLOY_PROPS')).toBe(false);
    expect(memoryFlagsIn('-Xms2g -Xmx2g -Xlog:gc:stdout:time', 'env JVM_ARGS of payara')).toEqual([
      { runtime: 'jvm', flag: '-Xmx2g', absolute: true, where: 'env JVM_ARGS of payara' },
    ]);
  });

  it('reads the cap the JVM prints at start (Picked up JAVA_TOOL_OPTIONS)', () => {
    const best = diagnoseWith({
      previousLog: `Picked up JAVA_TOOL_OPTIONS: -Xms256m -Xmx768m -XX:+UseG1GC\n${JAVA_HEAP}`,
      lastReason: 'Error',
      lastExitCode: 3,
    });
    expect(best.summary).toContain('-Xmx768m (the log)');
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it('escalates a Node.js heap exhausted under --max-old-space-size', () => {
    const best = diagnoseWith({ previousLog: NODE_HEAP, lastReason: 'Error', lastExitCode: 134 }, [
      { flag: '--max-old-space-size=256', where: 'args of app' },
    ]);
    expect(best.patternId).toBe('node-heap-oom');
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('--max-old-space-size=256');
  });

  it('still raises memory when the heap is a share of the limit (-XX:MaxRAMPercentage), and says so', () => {
    const best = diagnoseWith({ previousLog: JAVA_HEAP, lastReason: 'Error', lastExitCode: 3 }, [
      { flag: '-XX:MaxRAMPercentage=75.0', where: 'env JAVA_OPTS of app' },
    ]);
    expect(best.actions[0]?.kind).toBe('raise-memory-limit');
    expect(best.summary).toContain('-XX:MaxRAMPercentage=75.0');
  });

  it('escalates with the share when the heap gets half the limit or less (-XX:MaxRAMPercentage=25, MaxRAMFraction=4)', () => {
    const printed = diagnoseWith({
      previousLog: `Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=25.0 -XX:+UseContainerSupport\n${JAVA_HEAP}`,
      lastReason: 'Error',
      lastExitCode: 143,
    });
    expect(printed.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(printed.summary).toContain('only 25 % of the container limit');
    const fraction = diagnoseWith({ previousLog: JAVA_HEAP, lastReason: 'Error', lastExitCode: 3 }, [
      { flag: '-XX:MaxRAMFraction=4', where: 'env JAVA_OPTS of app' },
    ]);
    expect(fraction.actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it("escalates a Python MemoryError under uWSGI's address space limit, which the container limit does not move", () => {
    const best = diagnoseWith({
      signal: 'Alert',
      currentLog: [
        'limiting address space of processes...',
        'your process address space limit is 536870912 bytes (512 MB)',
        'Traceback (most recent call last):',
        '  File "/app/survey/export.py", line 88, in build_export',
        'MemoryError',
      ].join('\n'),
    });
    expect(best.patternId).toBe('python-memory-error');
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('limit-as (an address space limit of 512 MiB)');
  });

  it('escalates a .NET heap capped by DOTNET_GCHeapHardLimit, in plain and JSON logs', () => {
    const plain = [
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at Pricing.Engine.Loader.LoadRateCards() in /src/Pricing.Engine/Loader.cs:line 77',
    ].join('\n');
    const json =
      '{"@t":"2026-03-02T09:41:07.112Z","@mt":"Request failed","@l":"Error","@x":"System.OutOfMemoryException: Exception of type \'System.OutOfMemoryException\' was thrown.\\n   at Pricing.Engine.Loader.LoadRateCards()"}';
    for (const previousLog of [plain, json]) {
      const best = diagnoseWith({ previousLog, lastReason: 'Error', lastExitCode: 134 }, [
        { flag: 'DOTNET_GCHeapHardLimit=0x20000000', where: 'env DOTNET_GCHeapHardLimit of app' },
      ]);
      expect(best.patternId).toBe('dotnet-oom');
      expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
      expect(best.summary).toContain('The .NET GC heap is capped by DOTNET_GCHeapHardLimit=0x20000000');
    }
  });

  it("reads the .NET GC's own report of its cap, set by a mounted runtimeconfig.json", () => {
    const best = diagnoseWith({
      previousLog: [
        'info: Ledger.Worker.Startup[0]',
        '      GC: IsServerGC=False, HeapHardLimit=402653184, TotalAvailableMemoryBytes=402653184, container memory limit 2147483648 (runtimeconfig: /app/Ledger.Worker.runtimeconfig.json)',
        "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
        '   at System.Collections.Generic.List`1.set_Capacity(Int32 value)',
      ].join('\n'),
      lastReason: 'Error',
      lastExitCode: 134,
    });
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('HeapHardLimit=402653184');
    expect(memoryFlagsIn('GC: HeapHardLimit=0 (none)', 'the log')).toEqual([]);
  });

  it('reads a .NET cap from a logfmt line and keeps raising memory under a percentage cap', () => {
    const capped = diagnoseWith({
      previousLog: `time=2026-03-02T09:41:07Z level=info msg="gc settings" COMPlus_GCHeapHardLimit=0x10000000\n${'System.OutOfMemoryException: Insufficient memory to continue the execution of the program.'}`,
      lastReason: 'Error',
      lastExitCode: 134,
    });
    expect(capped.actions.map((a) => a.kind)).toEqual(['escalate']);
    const share = diagnoseWith(
      {
        previousLog: 'System.OutOfMemoryException: Array dimensions exceeded supported range.',
        lastExitCode: 134,
      },
      [{ flag: 'DOTNET_GCHeapHardLimitPercent=0x4B', where: 'env DOTNET_GCHeapHardLimitPercent of app' }],
    );
    expect(share.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('escalates with the setting when a product sizes its own JVM heap (image names it), unless a share is set', () => {
    for (const [image, setting] of [
      ['docker.io/library/solr:9.4', 'SOLR_HEAP'],
      ['confluentinc/cp-kafka:7.6.0', 'KAFKA_HEAP_OPTS'],
      ['registry.example.com/data/neo4j-enterprise:5.15.0@sha256:abc', 'server.memory.heap.max_size'],
    ] as const) {
      const best = diagnoseWith({ previousLog: JAVA_HEAP, image });
      expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
      expect(best.summary).toContain(setting);
    }
    const shared = diagnoseWith({ previousLog: JAVA_HEAP, image: 'docker.io/library/solr:9.4' }, [
      { flag: '-XX:MaxRAMPercentage=75', where: 'env SOLR_OPTS of app' },
    ]);
    expect(shared.actions[0]?.kind).toBe('raise-memory-limit');
    expect(diagnoseWith({ previousLog: JAVA_HEAP, image: 'shop/kafka-ui:0.7' }).actions[0]?.kind).toBe(
      'raise-memory-limit',
    );
  });

  it("reads an application's own heap setting printed at start, in plain, logfmt and JSON lines", () => {
    for (const line of [
      'INFO  [main] 2026-03-02 09:40:01,002 CassandraDaemon.java:612 - JVM settings: MAX_HEAP_SIZE=4G HEAP_NEWSIZE=800M',
      'time=2026-03-02T09:40:01Z level=info msg="memory settings" server.memory.heap.max_size=2g server.memory.pagecache.size=4g',
      '{"level":"info","ts":"2026-03-02T09:40:01Z","msg":"effective settings","settings":"MAX_HEAP_SIZE=3G HEAP_NEWSIZE=600M"}',
    ]) {
      const best = diagnoseWith({ previousLog: `${line}\n${JAVA_HEAP}`, lastExitCode: 3 });
      expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    }
    // A heap in use, a percentage, a dump path: not a cap.
    const gc = diagnoseWith({
      previousLog: `[gc] heap_used=812m heap_max_percent=75 HeapDumpPath=/dumps\n${JAVA_HEAP}`,
      lastExitCode: 3,
    });
    expect(gc.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('escalates a JVM area outside the heap that ran out under its own cap (-XX:MaxMetaspaceSize), and only that area', () => {
    const metaspace = [
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70 -XX:MaxMetaspaceSize=128m -XX:+ExitOnOutOfMemoryError',
      "2026-03-02T09:41:07.870Z  INFO 1 --- [main] o.s.o.j.LocalContainerEntityManagerFactoryBean : Initialized JPA EntityManagerFactory for persistence unit 'default'",
      'Terminating due to java.lang.OutOfMemoryError: Metaspace',
    ].join('\n');
    const capped = diagnoseWith({ previousLog: metaspace, lastReason: 'Error', lastExitCode: 3 });
    expect(capped.patternId).toBe('jvm-metaspace-oom');
    expect(capped.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(capped.summary).toContain('capped by -XX:MaxMetaspaceSize=128m (the log)');
    // No cap in view: metaspace throws its own error only under one, set where the evidence does not reach.
    const unseen = diagnoseWith({
      previousLog: metaspace.replace(' -XX:MaxMetaspaceSize=128m', ''),
      lastReason: 'Error',
      lastExitCode: 3,
    });
    expect(unseen.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(unseen.summary).toContain('here one the evidence does not show');
    // A metaspace cap says nothing about the heap.
    const heap = diagnoseWith({ previousLog: JAVA_HEAP, lastReason: 'Error', lastExitCode: 3 }, [
      { flag: '-XX:MaxMetaspaceSize=128m', where: 'env JAVA_TOOL_OPTIONS of app' },
      { flag: '-XX:MaxRAMPercentage=75.0', where: 'env JAVA_TOOL_OPTIONS of app' },
    ]);
    expect(heap.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('leaves a kernel OOM kill alone: a flag of another runtime does not cap it', () => {
    const best = diagnoseWith({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 }, [
      { flag: '-Xmx512m', where: 'env JAVA_TOOL_OPTIONS of app' },
    ]);
    expect(best.patternId).toBe('oom-killed');
    expect(best.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('escalates a kernel OOM kill of a JVM whose heap may take 80 % of the limit or more: the overflow is outside the heap', () => {
    const printed = diagnoseWith({
      signal: 'OOMKilled',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
      previousLog: [
        'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=80.0 -XX:+ExitOnOutOfMemoryError',
        '2026-03-02 09:41:07.112 INFO  [main] o.e.api.ApiServer - listening on :8080',
        // A memory reporter's heap_max is what the share gave the heap, not a setting of its own.
        '{"@timestamp":"2026-03-02T09:50:00.001Z","message":"jvm memory heap_used=511MiB heap_committed=1602MiB heap_max=1638MiB nonheap=702MiB threads=263","logger_name":"c.e.ops.MemoryReporter","level":"INFO"}',
      ].join('\n'),
    });
    expect(printed.patternId).toBe('oom-killed');
    expect(printed.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(printed.summary).toContain(
      'may take 80 % of the container limit (-XX:MaxRAMPercentage=80.0, the log)',
    );
    const whole = diagnoseWith({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 }, [
      { flag: '-XX:MaxRAMFraction=1', where: 'env JAVA_OPTS of app' },
    ]);
    expect(whole.actions.map((a) => a.kind)).toEqual(['escalate']);
    // The usual share leaves room outside the heap: a bigger limit still helps.
    const usual = diagnoseWith({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 }, [
      { flag: '-XX:MaxRAMPercentage=75.0', where: 'env JAVA_TOOL_OPTIONS of app' },
    ]);
    expect(usual.actions[0]?.kind).toBe('raise-memory-limit');
  });
});

describe("Spark's heap settings", () => {
  it('reads --driver-memory with its size as the next argument, --conf and the env, and escalates a driver heap OOM', () => {
    const pod: Pod = {
      spec: {
        containers: [
          {
            name: 'driver',
            image: 'registry.example.com/data/attribution:3.5.1',
            env: [{ name: 'SPARK_DRIVER_MEMORY', value: '4g' }],
            args: [
              'spark-submit',
              '--driver-memory',
              '4g',
              '--conf',
              'spark.executor.memory=8g',
              'local:///opt/app/app.jar',
            ],
          },
        ],
      },
    };
    const flags = summariseContainers(pod)[0]?.memoryFlags ?? [];
    expect(flags).toEqual([
      { flag: 'SPARK_DRIVER_MEMORY=4g', where: 'env SPARK_DRIVER_MEMORY of driver' },
      { flag: '--driver-memory=4g', where: 'args of driver' },
      { flag: 'spark.executor.memory=8g', where: 'args of driver' },
    ]);
    const best = diagnoseWith(
      {
        previousLog: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
        lastReason: 'Error',
        lastExitCode: 1,
      },
      flags,
    );
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('SPARK_DRIVER_MEMORY=4g');
  });
});

describe('memory flags in the spec', () => {
  it('reads the runtime option variables, command and args, and no other env value', () => {
    const pod: Pod = {
      metadata: { name: 'p', namespace: 'shop' },
      spec: {
        containers: [
          {
            name: 'api',
            image: 'shop/api:1',
            command: ['node', '--max-old-space-size=384', 'server.js'],
            env: [
              { name: 'JAVA_TOOL_OPTIONS', value: '-XX:+UseG1GC -Xmx1g' },
              { name: 'GOMEMLIMIT', value: '900MiB' },
              { name: 'DOTNET_GCHeapHardLimit', value: '0x30000000' },
              { name: 'DB_PASSWORD', value: '-Xmx-not-a-flag-but-a-secret' },
              { name: 'ES_JAVA_OPTS', value: '-Xms1g -Xmx1g' },
              { name: 'SOLR_HEAP', value: '2g' },
              { name: 'NEO4J_server_memory_heap_max__size', value: '2G' },
              { name: 'NEO4J_server_memory_heap_initial__size', value: '2G' },
              { name: 'HEAP_DUMP_DIR', value: '/dumps' },
              { name: 'JAVA_OPTS', valueFrom: { configMapKeyRef: { name: 'jvm', key: 'opts' } } },
            ],
          },
        ],
      },
    };
    expect(summariseContainers(pod)[0]?.memoryFlags).toEqual([
      { flag: '-Xmx1g', where: 'env JAVA_TOOL_OPTIONS of api' },
      { flag: 'GOMEMLIMIT=900MiB', where: 'env GOMEMLIMIT of api' },
      { flag: 'DOTNET_GCHeapHardLimit=0x30000000', where: 'env DOTNET_GCHeapHardLimit of api' },
      { flag: '-Xmx1g', where: 'env ES_JAVA_OPTS of api' },
      { flag: 'SOLR_HEAP=2g', where: 'env SOLR_HEAP of api' },
      {
        flag: 'NEO4J_server_memory_heap_max__size=2G',
        where: 'env NEO4J_server_memory_heap_max__size of api',
      },
      { flag: '--max-old-space-size=384', where: 'args of api' },
    ]);
  });

  it('reads a flag an entrypoint prints in brackets or after its variable name', () => {
    expect(memoryFlagsIn('starting validate (NODE_OPTIONS=--max-old-space-size=512)', 'the log')).toEqual([
      { runtime: 'node', flag: '--max-old-space-size=512', absolute: true, where: 'the log' },
    ]);
    expect(memoryFlagsIn('exec java [JAVA_OPTS=-Xmx1g]', 'the log').map((f) => f.flag)).toEqual(['-Xmx1g']);
    expect(memoryFlagsIn('mode=-Xmx1g', 'the log')).toEqual([]);
  });

  it('finds flags between quotes and commas, and ignores GOMEMLIMIT=off', () => {
    expect(
      memoryFlagsIn('JAVA_OPTS="-Xmx2g,-XX:MaxRAMPercentage=50" GOMEMLIMIT=off', 'x').map((f) => f.flag),
    ).toEqual(['-Xmx2g', '-XX:MaxRAMPercentage=50']);
    expect(memoryFlagsIn('DOTNET_GCHeapHardLimit=0x0 COMPlus_GCHeapHardLimit=', 'x')).toEqual([]);
  });
});
