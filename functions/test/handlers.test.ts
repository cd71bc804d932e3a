import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseWorkItem } from '@sre-agent/app';
import { scratchDir } from '@sre-agent/core/testing';
import { startSandbox } from '@sre-agent/sandbox';
import {
  createDocumentClient,
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '@sre-agent/state';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalSqs, startLocalSqs } from './sqs-server.ts';

let dynamo: EmbeddedDynamo;
let sqs: LocalSqs;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  sqs = await startLocalSqs();
  await ensureTable(createDocumentClient({ endpoint: dynamo.endpoint }), 'sre-agent-test');
  Object.assign(process.env, {
    SRE_AGENT_TABLE: 'sre-agent-test',
    SRE_AGENT_DYNAMODB_ENDPOINT: dynamo.endpoint,
    SRE_AGENT_QUEUE_URL: sqs.queueUrl,
    AWS_REGION: 'eu-west-1',
    // What the Lambda runtime provides; the local SQS server does not check the signature.
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    // How SST hands a linked secret to a process (`sst dev`); in Lambda the same value comes
    // encrypted in the bundle. Never ALERTMANAGER_BEARER_TOKEN: secrets are not environment variables.
    SST_RESOURCE_AlertmanagerBearerToken: JSON.stringify({ type: 'sst.sst.Secret', value: 'token-1' }),
    SST_RESOURCE_FalcoWebhookToken: JSON.stringify({
      type: 'sst.sst.Secret',
      value: 'falco-token-0123456789',
    }),
  });
});

afterAll(async () => {
  await Promise.all([dynamo.close(), sqs.close()]);
});

function httpEvent(path: string, body: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers,
    body,
    isBase64Encoded: false,
    requestContext: { domainName: 'api.example.com' } as APIGatewayProxyEventV2['requestContext'],
  };
}

describe('Lambda handlers', () => {
  it('alertmanager: 401 without the token, 403 cross-origin, 415 for a form, 400 on a bad body, 202 on a valid webhook, enqueued on SQS', async () => {
    const { handler } = await import('../src/alertmanager.ts');
    const body = JSON.stringify({
      version: '4',
      groupKey: 'g',
      status: 'firing',
      receiver: 'sre-agent',
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', deployment: 'web' },
          startsAt: '2026-11-27T02:58:00Z',
          fingerprint: 'abc123',
        },
      ],
    });

    const json = { 'content-type': 'application/json' };
    const token = { authorization: 'Bearer token-1' };

    const unauthorised = await handler(httpEvent('/alertmanager', body, json));
    const crossOrigin = await handler(
      httpEvent('/alertmanager', body, { ...json, ...token, origin: 'https://evil.example' }),
    );
    const form = await handler(
      httpEvent('/alertmanager', body, { ...token, 'content-type': 'application/x-www-form-urlencoded' }),
    );
    const malformed = await handler(httpEvent('/alertmanager', '{', { ...json, ...token }));
    const accepted = await handler(
      httpEvent('/alertmanager', body, { ...json, ...token, origin: 'https://api.example.com' }),
    );

    expect(unauthorised.statusCode).toBe(401);
    expect(crossOrigin.statusCode).toBe(403);
    expect(form.statusCode).toBe(415);
    expect(malformed).toMatchObject({ statusCode: 400, body: JSON.stringify({ error: 'body is not JSON' }) });
    expect(accepted.statusCode).toBe(202);
    expect(JSON.parse(accepted.body ?? '{}')).toMatchObject({ accepted: 1 });
    // What the worker will read back from the queue.
    expect(sqs.messages.map((body) => parseWorkItem(body))).toMatchObject([
      { type: 'detection', detection: { target: { namespace: 'shop', name: 'web' } } },
    ]);
  });

  it('falco: 401 without the shared secret, 202 on an authenticated Falcosidekick alert, enqueued on SQS like a GuardDuty finding', async () => {
    const { handler } = await import('../src/falco.ts');
    const body = JSON.stringify({
      output: 'Outbound connection to a mining pool',
      priority: 'Critical',
      rule: 'Detect crypto miners using the Stratum protocol',
      time: '2026-11-27T03:00:00.000000000Z',
      source: 'syscall',
      hostname: 'ip-10-0-1-23',
      tags: ['network', 'T1496'],
      output_fields: {
        'container.id': '0123456789ab',
        'k8s.ns.name': 'media',
        'k8s.pod.name': 'image-resizer-1',
      },
    });
    const json = { 'content-type': 'application/json' };
    const before = sqs.messages.length;

    const unauthorised = await handler(
      httpEvent('/falco', body, { ...json, authorization: 'Bearer token-1' }),
    );
    const accepted = await handler(
      httpEvent('/falco', body, { ...json, authorization: 'Bearer falco-token-0123456789' }),
    );

    expect(unauthorised.statusCode).toBe(401);
    expect(accepted.statusCode).toBe(202);
    expect(sqs.messages.slice(before).map((message) => parseWorkItem(message))).toMatchObject([
      { type: 'runtime-finding', finding: { source: 'falco', namespace: 'media', pod: 'image-resizer-1' } },
    ]);
  });

  it('slack: 404 on an unknown path, 501 while Slack is not configured', async () => {
    const { handler } = await import('../src/slack.ts');
    expect((await handler(httpEvent('/slack/other', ''))).statusCode).toBe(404);
    expect((await handler(httpEvent('/slack/commands', 'command=/sre&text=status'))).statusCode).toBe(501);
  });

  it('worker: reports only the messages that failed, so SQS retries just those', async () => {
    const { handler } = await import('../src/worker.ts');
    const event = {
      Records: [
        { messageId: 'm-1', body: JSON.stringify({ type: 'advance', incidentId: 'inc-unknown' }) },
        { messageId: 'm-2', body: '{"type":"launch-missiles"}' },
        { messageId: 'm-3', body: 'not json' },
      ],
    } as SQSEvent;

    const result = await handler(event);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-2' }, { itemIdentifier: 'm-3' }]);
  });

  it('monitor: with no cluster configured, reports an empty pass and enqueues nothing', async () => {
    const { handler } = await import('../src/monitor.ts');
    const sent = sqs.messages.length;

    const report = await handler();

    expect(report).toEqual({ clusters: [], advanced: 0 });
    expect(sqs.messages.length).toBe(sent);
  });

  it('sleep and wake: each does its half of the configured schedule on the configured cluster', async () => {
    const sandbox = await startSandbox({ scenario: 'healthy' });
    const dir = scratchDir('sleep-handler');
    const kubeconfig = join(dir, 'sandbox.kubeconfig');
    await sandbox.writeKubeconfig(kubeconfig);
    const config = join(dir, 'sre-agent.config.yaml');
    await writeFile(
      config,
      JSON.stringify({
        clusters: [{ name: 'sandbox', kubeconfig: { path: kubeconfig }, namespaces: { shop: 'auto' } }],
        cost: {
          sleep: {
            // Always asleep: the Sleep function acts, the Wake function has nothing to do.
            schedules: {
              always: {
                timeZone: 'UTC',
                windows: [
                  { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' },
                ],
              },
            },
            namespaces: [{ namespace: 'shop', schedule: 'always' }],
            graceHours: 0,
          },
        },
      }),
    );
    const previous = process.env.SRE_AGENT_CONFIG;
    process.env.SRE_AGENT_CONFIG = config;
    try {
      const sleep = await import('../src/sleep.ts');
      const wake = await import('../src/wake.ts');

      const slept = await sleep.handler();
      const woken = await wake.handler();

      expect(slept.results).toMatchObject([
        { cluster: 'sandbox', namespace: 'shop', action: 'sleep-namespace', outcome: 'applied' },
      ]);
      expect(slept.results[0]?.reason).toMatch(/^put shop to sleep: Deployment /);
      expect(woken.results).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.SRE_AGENT_CONFIG;
      else process.env.SRE_AGENT_CONFIG = previous;
      await sandbox.close();
    }
  });

  it('security scan: with no cluster configured, scans nothing and says so in its result', async () => {
    const { handler } = await import('../src/security-scan.ts');
    expect(await handler()).toEqual({ clusters: [] });
  });

  it('forecast: one digest per configured cluster, its cluster-side sources all read without failure', async () => {
    const sandbox = await startSandbox({ scenario: 'healthy' });
    const dir = scratchDir('forecast-handler');
    const kubeconfig = join(dir, 'sandbox.kubeconfig');
    await sandbox.writeKubeconfig(kubeconfig);
    const config = join(dir, 'sre-agent.config.yaml');
    await writeFile(
      config,
      JSON.stringify({
        clusters: [{ name: 'sandbox', kubeconfig: { path: kubeconfig }, namespaces: { shop: 'observe' } }],
      }),
    );
    const previous = process.env.SRE_AGENT_CONFIG;
    process.env.SRE_AGENT_CONFIG = config;
    try {
      const { handler } = await import('../src/forecast.ts');

      const result = await handler();

      expect(result).toEqual({
        status: 'reported',
        digests: [{ cluster: 'sandbox', forecasts: 0, soonestMinutes: null, kinds: {}, failures: [] }],
      });
      expect(sandbox.requests().some((r) => r.path.includes('/poddisruptionbudgets'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.SRE_AGENT_CONFIG;
      else process.env.SRE_AGENT_CONFIG = previous;
      await sandbox.close();
    }
  });

  it('cost sweep: with no Prometheus configured, says there is no usage history and reports nothing', async () => {
    const { handler } = await import('../src/cost-sweep.ts');
    expect(await handler()).toEqual({
      status: 'skipped',
      reason: 'integrations.prometheus is not configured: no usage history to read',
    });
  });
});
