import { ValidationError } from '@sre-agent/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSlackInteraction, parseSlashCommand, SLASH_VERBS, slashCommandHelp } from './payloads.ts';

const FIELDS = {
  token: 'gIkuvaNzQIHg97ATvDxqgjtO',
  team_id: 'T0001',
  team_domain: 'example',
  channel_id: 'C2147483705',
  channel_name: 'sre',
  user_id: 'U2147483697',
  user_name: 'steve',
  command: '/sre',
  text: 'approve act-7',
  api_app_id: 'A123456',
  is_enterprise_install: 'false',
  response_url: 'https://hooks.slack.com/commands/1234/5678',
  trigger_id: '13345224609.738474920.8088930838d88f008e0',
};

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('parseSlashCommand', () => {
  it('turns a form body into a typed command with the user and where to answer', () => {
    const cmd = parseSlashCommand(form(FIELDS));
    expect(cmd).toEqual({
      verb: 'approve',
      args: ['act-7'],
      rest: 'act-7',
      user: { id: 'U2147483697', name: 'steve' },
      appId: 'A123456',
      command: '/sre',
      channelId: 'C2147483705',
      teamId: 'T0001',
      responseUrl: 'https://hooks.slack.com/commands/1234/5678',
      triggerId: '13345224609.738474920.8088930838d88f008e0',
    });
  });

  it.each([
    ['status', 'status', []],
    ['STATUS prod-eu-1', 'status', ['prod-eu-1']],
    ['diagnose shop/order-service', 'diagnose', ['shop/order-service']],
    ['cost', 'cost', []],
    ['security payments', 'security', ['payments']],
    ['reject act-9', 'reject', ['act-9']],
    ['pause deploy freeze', 'pause', ['deploy', 'freeze']],
    ['resume', 'resume', []],
  ] as const)('parses "%s" as %s', (text, verb, args) => {
    const cmd = parseSlashCommand({ ...FIELDS, text });
    expect(cmd.verb).toBe(verb);
    expect(cmd.args).toEqual(args);
  });

  it('keeps the question of ask whole, with Slack escapes decoded', () => {
    const cmd = parseSlashCommand({
      ...FIELDS,
      text: '  ask   why did  checkout &lt;OOM&gt; &amp; restart?',
    });
    expect(cmd.verb).toBe('ask');
    expect(cmd.rest).toBe('why did  checkout <OOM> & restart?');
  });

  it('answers an empty text and an unknown verb with help, not an error', () => {
    const empty = parseSlashCommand({ ...FIELDS, text: '' });
    expect(empty.verb).toBe('help');
    const unknown = parseSlashCommand({ ...FIELDS, text: 'deploy prod' });
    expect(unknown.verb).toBe('help');
    if (unknown.verb !== 'help') throw new Error('expected help');
    expect(unknown.problem).toBe('Unknown command `deploy`');
    expect(unknown.helpText).toContain('`/sre approve <action-id>`');
    expect(unknown.helpText.startsWith('Unknown command `deploy`.')).toBe(true);
  });

  it('answers a verb missing its argument with help saying what is needed', () => {
    const cmd = parseSlashCommand({ ...FIELDS, text: 'approve' });
    expect(cmd.verb).toBe('help');
    if (cmd.verb !== 'help') throw new Error('expected help');
    expect(cmd.problem).toBe('`/sre approve` needs the id of the proposed action');
  });

  it('cannot be made to mention people through an echoed unknown verb', () => {
    const cmd = parseSlashCommand({ ...FIELDS, text: '&lt;!channel&gt;' });
    if (cmd.verb !== 'help') throw new Error('expected help');
    expect(cmd.helpText).not.toContain('<!channel>');
  });

  it('names every missing or malformed field in a ValidationError', () => {
    const { user_id: _u, response_url: _r, ...rest } = FIELDS;
    const error = (() => {
      try {
        parseSlashCommand({ ...rest, response_url: 'javascript:alert(1)' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues.join('\n');
    expect(issues).toContain('user_id');
    expect(issues).toContain('response_url: an http(s) URL');
    expect((error as Error).message).toContain('Slack slash command is invalid');
  });

  it('always yields a known verb or a ValidationError, whatever the body', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.dictionary(fc.constantFrom(...Object.keys(FIELDS)), fc.string({ maxLength: 30 })),
        (text, overrides) => {
          try {
            const cmd = parseSlashCommand({ ...FIELDS, ...overrides, text });
            return (SLASH_VERBS as readonly string[]).includes(cmd.verb);
          } catch (error) {
            return error instanceof ValidationError;
          }
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        try {
          parseSlashCommand(raw);
          return true;
        } catch (error) {
          return error instanceof ValidationError;
        }
      }),
    );
  });
});

describe('slashCommandHelp', () => {
  it('lists every verb under the configured command name', () => {
    const help = slashCommandHelp('/ops');
    for (const verb of SLASH_VERBS) expect(help).toContain(`/ops ${verb}`);
  });
});

const blockActions = {
  type: 'block_actions',
  user: { id: 'U123', username: 'steve', name: 'steve', team_id: 'T0001' },
  api_app_id: 'A123',
  token: 'verification-token',
  container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'C0SRE', is_ephemeral: false },
  trigger_id: '123.456.abc',
  team: { id: 'T0001', domain: 'example' },
  channel: { id: 'C0SRE', name: 'sre' },
  message: { type: 'message', ts: '1700000000.000001', text: 'order-service OOMKilled', blocks: [] },
  response_url: 'https://hooks.slack.com/actions/T0001/1/abc',
  actions: [
    {
      action_id: 'approve',
      block_id: 'sre-agent-actions',
      text: { type: 'plain_text', text: 'Raise to 512Mi', emoji: true },
      value: 'act-7',
      style: 'primary',
      type: 'button',
      action_ts: '1700000010.000200',
    },
  ],
};

const payloadBody = (payload: unknown) =>
  new URLSearchParams({
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  }).toString();

describe('parseSlackInteraction', () => {
  it('turns a button click into the action id, value and user', () => {
    expect(parseSlackInteraction(payloadBody(blockActions))).toEqual({
      actionId: 'approve',
      value: 'act-7',
      blockId: 'sre-agent-actions',
      appId: 'A123',
      user: { id: 'U123', name: 'steve' },
      responseUrl: 'https://hooks.slack.com/actions/T0001/1/abc',
      triggerId: '123.456.abc',
      messageTs: '1700000000.000001',
      channelId: 'C0SRE',
      teamId: 'T0001',
    });
  });

  it('falls back to the container for the message and channel', () => {
    const { message: _m, channel: _c, ...rest } = blockActions;
    const action = parseSlackInteraction(payloadBody(rest));
    expect(action.messageTs).toBe('1700000000.000001');
    expect(action.channelId).toBe('C0SRE');
  });

  it('refuses a body without payload, a payload that is not JSON, and other interaction types', () => {
    expect(() => parseSlackInteraction('foo=bar')).toThrowError(/no `payload` field/);
    expect(() => parseSlackInteraction(payloadBody('{not json'))).toThrowError(/not JSON/);
    expect(() =>
      parseSlackInteraction(payloadBody({ ...blockActions, type: 'view_submission' })),
    ).toThrowError(/type "view_submission" is not handled/);
  });

  it('names the problem in a payload missing what we need', () => {
    const noValue = { ...blockActions, actions: [{ action_id: 'approve', type: 'button' }] };
    expect(() => parseSlackInteraction(payloadBody(noValue))).toThrowError(ValidationError);
    expect(() => parseSlackInteraction(payloadBody(noValue))).toThrowError(/actions\[0\]\.value|value/);
    const noUser = { ...blockActions, user: undefined };
    expect(() => parseSlackInteraction(payloadBody(noUser))).toThrowError(/user/);
    expect(() => parseSlackInteraction(payloadBody({ ...blockActions, actions: [] }))).toThrowError(
      /at least one action/,
    );
  });

  it('only ever returns an action or throws ValidationError, whatever the payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          const action = parseSlackInteraction(payloadBody(JSON.stringify(value)));
          return typeof action.actionId === 'string';
        } catch (error) {
          return error instanceof ValidationError;
        }
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ action_id: fc.string(), value: fc.string() }, { requiredKeys: [] }),
        fc.option(fc.string()),
        (action, userId) => {
          const payload = { ...blockActions, actions: [action], user: userId === null ? {} : { id: userId } };
          try {
            const parsed = parseSlackInteraction(payloadBody(payload));
            return parsed.actionId === action.action_id && parsed.value === action.value;
          } catch (error) {
            return error instanceof ValidationError;
          }
        },
      ),
    );
  });
});
