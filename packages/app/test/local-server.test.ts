import { signSlackRequest } from '@sre-agent/chat';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/server/local-server.ts';
import { crashAlert, startTestAgent, type TestAgent, webhookBody } from './helpers/test-agent.ts';

let running: TestAgent | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('local HTTP server', () => {
  it('answers /healthz with the clusters it watches', async () => {
    running = await startTestAgent();
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', clusters: ['prod'] });
  });

  it('accepts an Alertmanager webhook, opens one incident, and drops the same alert resent', async () => {
    running = await startTestAgent();
    const body = JSON.stringify(webhookBody([crashAlert()]));

    const first = await post(`${running.url}/alertmanager`, body);
    const again = await post(`${running.url}/alertmanager`, body);
    await running.agent.localQueue?.drain();

    expect(first).toEqual({ status: 202, body: { accepted: 1, duplicates: 0, ignored: [] } });
    expect(again.body).toMatchObject({ accepted: 0, duplicates: 1 });
    const open = await running.agent.stores.incidents.listOpen();
    expect(open).toHaveLength(1);
    expect(open[0]?.target).toMatchObject({ kind: 'Deployment', name: 'order-service' });
  });

  it('refuses bad input with a 4xx that names the problem, and damages nothing already stored', async () => {
    running = await startTestAgent();
    await post(`${running.url}/alertmanager`, JSON.stringify(webhookBody([crashAlert()])));
    await running.agent.localQueue?.drain();
    const before = await running.agent.stores.incidents.listOpen();

    const notJson = await post(`${running.url}/alertmanager`, '{"version": "4",');
    const wrongVersion = await post(
      `${running.url}/alertmanager`,
      JSON.stringify({ ...webhookBody([crashAlert()]), version: '3' }),
    );
    const noFingerprint = await post(
      `${running.url}/alertmanager`,
      JSON.stringify(webhookBody([{ ...crashAlert(), fingerprint: undefined }])),
    );
    const tooLarge = await fetch(`${running.url}/alertmanager`, {
      method: 'POST',
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    const unknown = await fetch(`${running.url}/nope`);
    const wrongMethod = await fetch(`${running.url}/alertmanager`);

    expect(notJson).toEqual({ status: 400, body: { error: 'body is not JSON' } });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body.error).toContain('version "4"');
    expect(noFingerprint.body.error).toContain('alerts.0.fingerprint');
    expect(tooLarge.status).toBe(413);
    expect(unknown.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
    expect(await running.agent.stores.incidents.listOpen()).toEqual(before);
  });

  it('refuses an alert with an oversized label with a 400 naming it, and takes no claim for the batch', async () => {
    running = await startTestAgent();
    await post(`${running.url}/alertmanager`, JSON.stringify(webhookBody([crashAlert()])));
    await running.agent.localQueue?.drain();
    const before = await running.agent.stores.incidents.listOpen();
    const fresh = crashAlert({ fingerprint: 'f00d', startsAt: '2026-11-27T02:59:00Z' });
    const oversized = crashAlert({
      fingerprint: 'bad',
      labels: { ...crashAlert().labels, namespace: 'n'.repeat(5000) },
    });

    const refused = await post(
      `${running.url}/alertmanager`,
      JSON.stringify(webhookBody([fresh, oversized])),
    );
    await running.agent.localQueue?.drain();
    const after = await running.agent.stores.incidents.listOpen();
    const retried = await post(`${running.url}/alertmanager`, JSON.stringify(webhookBody([fresh])));

    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('alerts.1.labels.namespace: label value is at most 1024 characters');
    expect(JSON.stringify(refused.body)).not.toContain('n'.repeat(100));
    expect(after).toEqual(before);
    expect(retried).toMatchObject({ status: 202, body: { accepted: 1, duplicates: 0 } });
  });

  it('requires the bearer token when one is configured', async () => {
    running = await startTestAgent({ secrets: { ALERTMANAGER_BEARER_TOKEN: 's3cret-token' } });
    const body = JSON.stringify(webhookBody([crashAlert()]));

    const missing = await post(`${running.url}/alertmanager`, body);
    const wrong = await post(`${running.url}/alertmanager`, body, { authorization: 'Bearer s3cret-tokem' });
    const right = await post(`${running.url}/alertmanager`, body, { authorization: 'Bearer s3cret-token' });

    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(right.status).toBe(202);
  });

  it('takes unauthenticated webhooks on loopback only from this machine, never from a browser page', async () => {
    running = await startTestAgent();
    const body = JSON.stringify(webhookBody([crashAlert()]));

    const fromPage = await post(`${running.url}/alertmanager`, body, { origin: 'https://evil.example' });
    const simpleRequest = await fetch(`${running.url}/alertmanager`, { method: 'POST', body });
    const form = await fetch(`${running.url}/alertmanager`, { method: 'POST', body: new FormData() });
    const local = await post(`${running.url}/alertmanager`, body);

    expect(fromPage.status).toBe(403);
    expect(simpleRequest.status).toBe(415);
    expect(form.status).toBe(415);
    expect(local.status).toBe(202);
  });

  it('verifies Slack signatures and runs /sre pause and /sre status', async () => {
    running = await startTestAgent({
      secrets: { SLACK_SIGNING_SECRET: 'slack-signing-secret' },
      config: `
clusters: [{ name: prod, inCluster: true, defaultMode: auto }]
integrations: { slack: { channel: '#sre', approvers: { default: [U0ALICE] } } }`,
    });
    const now = String(Math.floor(running.clock.now().getTime() / 1000));
    const command = (text: string) =>
      new URLSearchParams({
        command: '/sre',
        text,
        user_id: 'U0ALICE',
        user_name: 'alice',
        channel_id: 'C1',
        team_id: 'T1',
        response_url: 'https://hooks.slack.invalid/x',
        trigger_id: 't',
      }).toString();
    const signed = (body: string) => ({
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': now,
      'x-slack-signature': signSlackRequest('slack-signing-secret', now, body),
    });

    const forged = await post(`${running.url}/slack/commands`, command('pause'), {
      ...signed(command('status')),
    });
    expect(forged.status).toBe(401);
    expect((await running.agent.stores.control.getPause()).paused).toBe(false);

    const paused = await post(
      `${running.url}/slack/commands`,
      command('pause maintenance'),
      signed(command('pause maintenance')),
    );
    expect(paused.status).toBe(200);
    expect(paused.body.text).toContain('Paused by <@U0ALICE>');
    expect(await running.agent.stores.control.getPause()).toMatchObject({
      paused: true,
      by: 'slack:U0ALICE',
      reason: 'maintenance',
    });

    const status = await post(`${running.url}/slack/commands`, command('status'), signed(command('status')));
    expect(status.body.text).toContain('paused');
  });
});
