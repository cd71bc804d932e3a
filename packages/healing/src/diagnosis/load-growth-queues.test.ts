import { describe, expect, it } from 'vitest';
import { camelCaseParts } from './alert-clauses.ts';
import { loadGrowth } from './load-growth.ts';

const read = (...alerts: string[]) => loadGrowth({ alerts, context: { workload: 'worker' } });

describe('queues that grow while every consumer is busy, read from the alert', () => {
  it('reads a growing backlog as work arriving faster than it is taken off', () => {
    expect(
      read(
        'SQSQueueBacklog: label-jobs ApproximateNumberOfMessagesVisible 48,210 (+9,400 in 15m), ApproximateAgeOfOldestMessage 41m; label-worker 4/4 replicas at full concurrency, error rate 0.2%',
      ),
    ).toBe('sqsqueuebacklog: label-jobs approximatenumberofmessagesvisible 48,210');
    expect(
      read(
        'RiverQueueBacklog: queue default available 24190 (+3.1k/10m) after campaign launch; num_jobs_running at max on all replicas; onboarding-pg CPU 31%, pool in use 18/60',
      ),
    ).toBe('riverqueuebacklog: queue default available 24190');
    // The growth in the clause after the queue's; consumers taking off a flat rate.
    expect(
      read(
        'JetStreamConsumerPending: Consumer IMAGES/thumbnailer has 77.9k pending messages, growing by about 1100 per minute; ack rate flat at 42/s across 4 pods since 07:20.',
      ),
    ).toBe('jetstreamconsumerpending: consumer images/thumbnailer has 77.9k pending messages');
    expect(
      read(
        'RabbitmqQueueBacklog: queue eligibility (vhost intake) 12840 ready and rising; consumers 6, ack 41/s steady, publish 95/s (open-enrollment campaign)',
      ),
    ).toBeDefined();
  });

  it('reads the work in metric names, a share more and a rate against the usual one', () => {
    expect(
      read(
        'SQSOldestMessageAgeHigh: partner-events ApproximateAgeOfOldestMessage 1740s and rising; NumberOfMessagesSent +55% since partner "acme" went live; events-ingest CPU 96% of limit on 3/3 pods',
      ),
    ).toBe('numberofmessagessent +55% since partner "acme" went live');
    expect(
      read(
        'KubeHpaMaxedOut: HPA cards/card-authoriser has been running at max replicas (12) for longer than 15 minutes; CPU 96% of request across replicas, authorisations 2,940/s (same hour 4-week average 1,710/s), p99 410ms (SLO 150ms)',
      ),
    ).toBe('authorisations 2,940/s');
    expect(
      read(
        'HighRequestQueueTime: apply-web p95 request queue time 2.9s over 10m (request rate 3.4x the 7-day p95; CPU 98% of limit on 6/6 replicas)',
      ),
    ).toBe('request rate 3.4x the 7-day p95');
    expect(
      read(
        'GatewayLatencyHigh: p99 1.9s; CPU 1.98/2 cores throttled 41% on 4/4 pods; requests 2.1x the same hour last week (spring sale); no HPA',
      ),
    ).toBe('requests 2.1x the same hour last week');
    expect(
      read(
        'APILatencyP99High: quotes-api p99 4.8s (SLO 800ms), request rate 2.9x last Monday 09:00 CET; 3/3 replicas at CPU limit, 78% of CFS periods throttled; error ratio 0.2%',
      ),
    ).toBe('request rate 2.9x last monday 09:00 cet');
  });

  it('reads jobs waiting as a backlog, a bare multiple after the work, CPU-throttled pods and "no 5xx" as none', () => {
    expect(
      read(
        'InvoiceNinjaQueueBacklog: queue default 18,420 jobs waiting (+2,100 per 10m), oldest 42m; worker pods 2/2 at 97% and 99% of CPU limit; MySQL CPU 21%, threads_connected 38 of 500',
      ),
    ).toBe('invoiceninjaqueuebacklog: queue default 18,420 jobs waiting');
    expect(
      read(
        'KubeHpaMaxedOut: HPA search/listings-api has been running at max replicas for longer than 15 minutes.',
        'ListingsSearchLatency: /v2/search p95 1.7s (SLO 400ms); Vespa query p95 24ms; sale weekend traffic 2.9x',
      ),
    ).toBe('sale weekend traffic 2.9x');
    expect(
      read(
        'StorefrontLatencyHigh: storefront p95 2.9s (SLO 800ms) for 20m; CPU 97% of limit on all 8 replicas; requests 3.2x last Saturday (sale weekend); no 5xx, listings-api p95 41ms',
      ),
    ).toBe('requests 3.2x last saturday');
    expect(
      read(
        'DocumensoHighLatency: p95 4.9s over 15m (baseline 420ms); pods 2/2 CPU-throttled in 88% of periods; Postgres CPU 17%, 31 of 200 connections; request rate 6.2x the daily baseline',
      ),
    ).toBe('request rate 6.2x the daily baseline');
    expect(
      read(
        'NovuWorkflowBacklog: standard queue 64,210 jobs waiting (+9,300 per 5m); worker pods 3/3 at 94-98% of CPU limit; SES send rate 2.1% of quota, MongoDB CPU 24%',
      ),
    ).toBe('novuworkflowbacklog: standard queue 64,210 jobs waiting');
    // A quota nearly used holds the work back; a real 500 fails.
    expect(
      read(
        'Backlog: queue 64,210 jobs waiting (+9,300 per 5m); worker pods 3/3 at 98% of CPU limit; SES send rate 97% of quota',
      ),
    ).toBeUndefined();
    expect(
      read(
        'Backlog: queue 64,210 jobs waiting (+9,300 per 5m); worker pods 3/3 at 98% of CPU limit; upstream answers 500',
      ),
    ).toBeUndefined();
    // Threads waiting on a lock stay contention; a multiple of latency is no work.
    expect(
      read('ApiSlow: 40 threads waiting on lock; CPU 97% on all 4/4 pods; requests 2.1x last week'),
    ).toBeUndefined();
    expect(read('ApiSlow: CPU 97% on all 4/4 pods; latency 2.9x')).toBeUndefined();
  });

  it('does not scale up for a backlog behind a stopped consumer, waiting pods or a lagging replica', () => {
    // Nothing says the consumers are busy: a wedged consumer looks the same from the queue.
    expect(
      read('RabbitmqQueueBacklog: queue orders 18,420 ready and rising for 20m; 6 consumers'),
    ).toBeUndefined();
    // A flat zero is a consumer that stopped.
    expect(
      read(
        'JetStreamConsumerPending: Consumer ORDERS/billing has 77.9k pending messages, growing by about 1100 per minute; ack rate flat at 0/s across 4 pods',
      ),
    ).toBeUndefined();
    // Pods waiting for nodes are no queue more replicas take off.
    expect(
      read('KubePodsPending: jobs namespace 41 pending pods and rising; CPU 97% on every node'),
    ).toBeUndefined();
    // A database's replication lag is the database's.
    expect(
      read(
        'ReplicationLagHigh: orders queue consumers fine; replication lag 40s and rising; CPU 95% of limit on all 3 pods',
      ),
    ).toBeUndefined();
    // More work than usual but requests failing: no scale-up.
    expect(
      read(
        'EsimActivationLatencyHigh: p95 4.8s, 503 ratio 0.22, requests 410/s (7-day same-hour average 68/s); CPU throttled 61% of periods on all 4 replicas',
      ),
    ).toBeUndefined();
    // A number with a comma that is not a thousands separator, and a share that is not more work.
    expect(read('LatencyHigh: p99 +55% on all 4/4 busy pods; memory +80% vs usual')).toBeUndefined();
  });

  it('splits camel-case names into the words they are made of', () => {
    expect(camelCaseParts('ApproximateNumberOfMessagesVisible 48,210')).toEqual([
      'approximate',
      'number',
      'of',
      'messages',
      'visible',
    ]);
    expect(camelCaseParts('KubeHPAMaxedOut: HPA media/transcode at max')).toEqual([
      'kube',
      'hpa',
      'maxed',
      'out',
    ]);
    expect(camelCaseParts('plain words, UPPER and lower')).toEqual([]);
  });
});
