import { describe, expect, it } from 'vitest';
import { buildTeamsMessage } from './adaptive-card.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('buildTeamsMessage', () => {
  it('turns Slack-style *bold* into Adaptive Card **bold**, leaving other asterisks alone', () => {
    const message = buildTeamsMessage(
      { threadKey: 'inc-1', severity: 'info', title: 't', text: '*Diagnosis:* heap 2*3 and **x** a*b*c' },
      { now },
    );
    const text = message.attachments[0].content.body[1];
    expect(text).toMatchObject({ type: 'TextBlock', text: '**Diagnosis:** heap 2*3 and **x** a*b*c' });
  });

  it('has only title and footer for an empty story, and colours resolved green', () => {
    const card = buildTeamsMessage(
      { threadKey: 'inc-1', severity: 'resolved', title: 'all good', text: '  ' },
      { now },
    ).attachments[0].content;
    expect(card.body).toHaveLength(2);
    expect(card.body[0]).toMatchObject({ color: 'Good', text: '✅ all good' });
    expect(card.body[1]).toMatchObject({
      isSubtle: true,
      text: expect.stringContaining('Status: resolved ✅'),
    });
  });

  it('keeps a huge story within Teams message limits', () => {
    const message = buildTeamsMessage(
      { threadKey: 'inc-1', severity: 'warning', title: 'x'.repeat(500), text: 'log line\n'.repeat(20_000) },
      { now },
    );
    expect(JSON.stringify(message).length).toBeLessThan(28_000);
  });
});
