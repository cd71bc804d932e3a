import { describeUntrustedPatterns } from '@sre-agent/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK_MRKDWN_PATTERNS } from '../slack/blocks.ts';
import { buildTeamsMessage, escapeTeamsMarkdown, TEAMS_MARKDOWN_PATTERNS } from './adaptive-card.ts';

describeUntrustedPatterns('chat (Teams markdown, Slack mrkdwn)', [
  ...TEAMS_MARKDOWN_PATTERNS,
  ...SLACK_MRKDWN_PATTERNS,
]);

const now = new Date('2026-03-01T12:00:00Z');

describe('buildTeamsMessage', () => {
  it('shows text from logs and alerts literally: no link, emphasis, code, heading, list or HTML', () => {
    const hostile = [
      '[Approve the fix](https://evil.example/approve) ![x](https://evil.example/p.png)',
      '**urgent** *now* _quiet_ ~~gone~~ `rm -rf /` <b>html</b> <at>everyone</at>',
      '# Heading',
      '- item',
      '1. first',
      '===',
      '> quoted | a | table |',
      'C:\\path\\file & {braces} + plus',
    ].join('\n');
    const card = buildTeamsMessage(
      {
        threadKey: 'inc-1',
        severity: 'warning',
        title: '[title](https://evil.example)',
        text: hostile,
        fields: [{ label: '*label*', value: '[v](https://evil.example)' }],
        status: '_status_',
      },
      { now },
    ).attachments[0].content;
    const [title, story, facts, footer] = card.body;

    expect(story).toMatchObject({
      text: [
        '\\[Approve the fix\\]\\(https://evil.example/approve\\) \\!\\[x\\]\\(https://evil.example/p.png\\)',
        '\\*\\*urgent\\*\\* \\*now\\* \\_quiet\\_ \\~\\~gone\\~\\~ \\`rm -rf /\\` \\<b\\>html\\</b\\> \\<at\\>everyone\\</at\\>',
        '\\# Heading',
        '\\- item',
        '1\\. first',
        '\\===',
        '\\> quoted \\| a \\| table \\|',
        'C:\\\\path\\\\file \\& \\{braces\\} \\+ plus',
      ].join('\n'),
    });
    expect(title).toMatchObject({ text: '⚠️ \\[title\\]\\(https://evil.example\\)' });
    expect(facts).toMatchObject({
      facts: [{ title: '\\*label\\*', value: '\\[v\\]\\(https://evil.example\\)' }],
    });
    expect(footer).toMatchObject({ text: expect.stringContaining('Status: \\_status\\_') });
  });

  it('leaves no markdown character unescaped, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'[]()*_`<>#~|!\\&{}+-=.1 a\n') }), (text) => {
        const escaped = escapeTeamsMarkdown(text);
        // Dropping each escape pair gives the text back, and no special character is left bare.
        expect(escaped.replace(/\\(.)/gs, '$1')).toBe(text);
        expect(escaped.replace(/\\./gs, '')).not.toMatch(/[[\]()*_`<>#~|!\\&{}+]/);
      }),
    );
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
