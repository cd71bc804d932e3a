import { describe, expect, it } from 'vitest';
import {
  createJsonLogger,
  InMemoryLogger,
  type LogAttributes,
  type Logger,
  redactingLogger,
} from './logger.ts';
import { REDACTED } from './redact.ts';

const SECRET_MESSAGE = 'connect to postgres://app:hunter2@db:5432/orders failed';

function jsonLines(): { logger: Logger; lines: LogAttributes[] } {
  const lines: LogAttributes[] = [];
  const logger = createJsonLogger({
    level: 'debug',
    write: (line) => lines.push(JSON.parse(line) as LogAttributes),
    now: () => new Date('2026-03-01T12:00:00Z'),
  });
  return { logger, lines };
}

describe('createJsonLogger', () => {
  it('redacts the message and every attribute before writing the line', () => {
    const { logger, lines } = jsonLines();
    logger.error(SECRET_MESSAGE, {
      token: 'xoxb-123456789012-abcdefghijkl',
      request: { headers: { authorization: 'Bearer abcdefghijklmnop' }, url: 'https://u:pw123456@api/x' },
      error: new Error('auth failed with password=hunter2', { cause: new Error('apiKey: sk-abc') }),
      namespace: 'shop',
    });
    const written = JSON.stringify(lines);
    for (const secret of ['hunter2', 'xoxb-1234', 'abcdefghijklmnop', 'pw123456', 'sk-abc']) {
      expect(written).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      level: 'error',
      message: `connect to postgres://app:${REDACTED}@db:5432/orders failed`,
      namespace: 'shop',
      token: REDACTED,
      error: { name: 'Error', message: `auth failed with password=${REDACTED}` },
    });
  });

  it('redacts the attributes a child logger binds', () => {
    const { logger, lines } = jsonLines();
    logger.child({ dbPassword: 'hunter2', workload: 'orders' }).info('started');
    expect(lines[0]).toMatchObject({ message: 'started', dbPassword: REDACTED, workload: 'orders' });
  });

  it('writes ordinary records unchanged', () => {
    const { logger, lines } = jsonLines();
    logger.info('remediation applied', { action: 'raise-memory-limit', namespace: 'shop', count: 2 });
    expect(lines[0]).toEqual({
      level: 'info',
      message: 'remediation applied',
      timestamp: '2026-03-01T12:00:00.000Z',
      action: 'raise-memory-limit',
      namespace: 'shop',
      count: 2,
    });
  });
});

describe('InMemoryLogger', () => {
  it('keeps records redacted, as the JSON logger writes them', () => {
    const logger = new InMemoryLogger();
    logger.child({ cache: 'sessions' }).warn(SECRET_MESSAGE, { password: 'hunter2' });
    expect(logger.records).toEqual([
      {
        level: 'warn',
        message: `connect to postgres://app:${REDACTED}@db:5432/orders failed`,
        attributes: { cache: 'sessions', password: REDACTED },
      },
    ]);
  });
});

describe('redactingLogger', () => {
  it('redacts before handing a record to another logger', () => {
    const seen: LogAttributes[] = [];
    const spy: Logger = {
      debug: (message, attributes) => seen.push({ message, ...attributes }),
      info: (message, attributes) => seen.push({ message, ...attributes }),
      warn: (message, attributes) => seen.push({ message, ...attributes }),
      error: (message, attributes) => seen.push({ message, ...attributes }),
      child: () => spy,
    };
    redactingLogger(spy).info('login with bearer abcd1234efgh5678', { secret: 's' });
    expect(seen).toEqual([{ message: `login with bearer ${REDACTED}`, secret: REDACTED }]);
  });
});
