import type { Notification } from '@sre-agent/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSlackMessage, escapeMrkdwn, SLACK_LIMITS, type SlackBlock } from './blocks.ts';

const now = new Date('2026-03-01T12:03:04Z');

const base: Notification = {
  threadKey: 'inc-1',
  severity: 'info',
  title: 'checkout ImagePullBackOff in shop',
  text: 'The tag *v2.3.1* does not exist in the registry.',
};

describe('escapeMrkdwn', () => {
  it('escapes the control characters of Slack mrkdwn and leaves emphasis alone', () => {
    expect(escapeMrkdwn('a < b && c > <!here> *bold*')).toBe(
      'a &lt; b &amp;&amp; c &gt; &lt;!here&gt; *bold*',
    );
  });

  it('neutralises every mention and link a log line could carry', () => {
    const hostile =
      '<!channel> <!here|here> <!everyone> <!subteam^S123|@oncall> <@U0ADMIN> <#C0SECRET> ' +
      '<https://evil.example|Approve> &lt;!channel&gt; @channel @Here @everyone ops@channels.example';

    const escaped = escapeMrkdwn(hostile);

    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).not.toMatch(/@(channel|here|everyone)\b/i);
    expect(escaped).toContain('&amp;lt;!channel&amp;gt;');
    expect(escaped).toContain('@\u2060channel @\u2060Here @\u2060everyone');
    expect(escaped).toContain('ops@channels.example');
  });
});

describe('buildSlackMessage with hostile text', () => {
  it('posts log and alert text so that it cannot mention, link or be auto-linked, in blocks and fallback', () => {
    const hostile = '<!channel> approve at <https://evil.example|the runbook> @here';
    const message = buildSlackMessage(
      { ...base, text: hostile, fields: [{ label: '<@U0ADMIN>', value: '<!here>' }] },
      { role: 'reply', now },
    );
    const json = JSON.stringify(message);
    const mrkdwn = message.blocks.flatMap((b) =>
      b.type === 'section' ? ('text' in b ? [b.text] : b.fields) : [],
    );

    expect(json).not.toMatch(/<!channel>|<!here>|<@U0ADMIN>|<https:/);
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(mrkdwn.length).toBeGreaterThan(1);
    expect(mrkdwn.every((t) => t.verbatim === true)).toBe(true);
  });
});

describe('buildSlackMessage', () => {
  it('shows the status on the root and the severity on replies', () => {
    const root = buildSlackMessage({ ...base, status: 'waiting for a fixed image' }, { role: 'root', now });
    const reply = buildSlackMessage(base, { role: 'reply', now });
    const contextOf = (blocks: SlackBlock[]) => JSON.stringify(blocks.at(-1));
    expect(contextOf(root.blocks)).toContain('*Status:* waiting for a fixed image');
    expect(contextOf(reply.blocks)).toContain('Info · <!date^1772366584^');
    expect(root.text).toBe('ℹ️ checkout ImagePullBackOff in shop (waiting for a fixed image)');
    expect(reply.text).toBe(
      'ℹ️ checkout ImagePullBackOff in shop: The tag *v2.3.1* does not exist in the registry.',
    );
  });

  it('spreads a long story over several sections at line breaks, and cuts what is beyond', () => {
    const line = `${'x'.repeat(99)}\n`;
    const long = buildSlackMessage({ ...base, text: line.repeat(200) }, { role: 'reply', now });
    const sections = long.blocks.filter(
      (b): b is Extract<SlackBlock, { text: { type: 'mrkdwn' } }> => b.type === 'section' && 'text' in b,
    );
    expect(sections.length).toBe(SLACK_LIMITS.sectionsOfText);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(sections[0]?.text.text.endsWith('x')).toBe(true);
    expect(sections.at(-1)?.text.text.endsWith('…')).toBe(true);
  });

  it('drops a repeated button id, since Slack refuses the message otherwise', () => {
    const message = buildSlackMessage(
      {
        ...base,
        buttons: [
          { id: 'approve', label: 'A', value: '1' },
          { id: 'approve', label: 'B', value: '2' },
        ],
      },
      { role: 'root', now },
    );
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions && 'elements' in actions ? actions.elements.map((e) => e.text.text) : []).toEqual(['A']);
  });

  it("stays within Slack's Block Kit limits for any notification", () => {
    const text = fc.string({ maxLength: 20_000, unit: 'grapheme' });
    const notification = fc.record({
      threadKey: fc.string({ minLength: 1 }),
      severity: fc.constantFrom('info', 'warning', 'critical', 'resolved' as const),
      title: fc.string({ maxLength: 400, unit: 'grapheme' }),
      text,
      fields: fc.array(fc.record({ label: fc.string(), value: fc.string({ maxLength: 3000 }) }), {
        maxLength: 15,
      }),
      buttons: fc.array(
        fc.record({
          id: fc.oneof(
            fc.string({ maxLength: 300 }),
            fc.string({ maxLength: 5 }).map((x) => 'a'.repeat(260) + x),
          ),
          label: fc.string({ maxLength: 100 }),
          value: fc.string(),
        }),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(notification, fc.constantFrom('root' as const, 'reply' as const), (n, role) => {
        const { text: fallback, blocks } = buildSlackMessage(n, { role, now });
        expect(blocks.length).toBeLessThanOrEqual(50);
        expect(fallback.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const block of blocks) {
          if (block.type === 'header')
            expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
          if (block.type === 'section' && 'text' in block)
            expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          if (block.type === 'section' && 'fields' in block) {
            expect(block.fields.length).toBeLessThanOrEqual(SLACK_LIMITS.fields);
            for (const f of block.fields) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
          }
          if (block.type === 'actions') {
            expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.buttons);
            const ids = block.elements.map((e) => e.action_id);
            expect(new Set(ids).size).toBe(ids.length);
            for (const e of block.elements) {
              expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
              expect(e.action_id.length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
              expect(e.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
            }
          }
        }
        const raw = JSON.stringify(blocks);
        expect(raw).not.toMatch(/<!(channel|here|everyone)/);
      }),
      { numRuns: 200 },
    );
  });
});
