import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postSlackResponse } from '@sre-agent/chat';
import { ManualClock } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { afterEach, describe, expect, it } from 'vitest';
import { answerLedger } from '../src/use-cases/chat-answer.ts';

/**
 * Slack's `response_url` as far as retries matter: it takes at most five messages, and here the
 * `failOnce`-th post fails once with a 503 (what makes the queue redeliver the work item).
 */
async function startSlack(failOnce: number) {
  const texts: string[] = [];
  let posts = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      posts += 1;
      if (posts === failOnce) return response.writeHead(503).end('upstream error');
      if (texts.length >= 5) return response.writeHead(404).end('used_url');
      texts.push((JSON.parse(body) as { text: string }).text);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/commands/T1/1/abc`,
    texts,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

describe('a long answer posted again after a failure half-way', () => {
  it('sends only the parts that did not go out: every part once, in order, within Slack’s five', async () => {
    const slack = await startSlack(3);
    close = slack.close;
    const { dedup } = createInMemoryState({ clock: new ManualClock('2026-12-03T02:00:00Z') });
    const answer = Array.from({ length: 120 }, (_, i) => `line ${i} ${'x'.repeat(80)}`).join('\n');
    const item = { type: 'chat-report', report: 'cost', responseUrl: slack.url };
    const post = () => postSlackResponse(slack.url, answer, { ledger: answerLedger(dedup, item) });

    await expect(post()).rejects.toThrow(/answered 503/);
    expect(slack.texts).toHaveLength(2);
    await post(); // the redelivered work item

    expect(slack.texts.map((t) => t.split('\n')[0])).toEqual(['_(1/4)_', '_(2/4)_', '_(3/4)_', '_(4/4)_']);
    expect(slack.texts.join('\n')).toContain('line 119');
    expect(slack.texts.join('\n')).not.toContain('truncated');
    // A third delivery (the first two both counted as failed) sends nothing more.
    await post();
    expect(slack.texts).toHaveLength(4);
  });

  it('keeps answers to different commands apart', async () => {
    const slack = await startSlack(0);
    close = slack.close;
    const { dedup } = createInMemoryState({ clock: new ManualClock('2026-12-03T02:00:00Z') });
    const cost = { type: 'chat-report', report: 'cost', responseUrl: slack.url };
    const security = { type: 'chat-report', report: 'security', responseUrl: slack.url };
    await postSlackResponse(slack.url, 'first', { ledger: answerLedger(dedup, cost) });
    await postSlackResponse(slack.url, 'second', { ledger: answerLedger(dedup, security) });
    await postSlackResponse(`${slack.url}x`, 'third', {
      ledger: answerLedger(dedup, { ...cost, responseUrl: `${slack.url}x` }),
    });
    expect(slack.texts).toEqual(['first', 'second', 'third']);
  });
});
