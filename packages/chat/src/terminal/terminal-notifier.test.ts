import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { formatTerminalNotification, TerminalNotifier } from './terminal-notifier.ts';

const clock = new ManualClock('2026-03-01T12:03:04Z');

describe('TerminalNotifier', () => {
  it('writes one readable line per notification, with details indented below', async () => {
    const out: string[] = [];
    const notifier = new TerminalNotifier({ write: (s) => out.push(s), tty: false, clock, timeZone: 'UTC' });

    await notifier.notify({
      threadKey: 'inc-1',
      severity: 'warning',
      title: 'order-service OOMKilled in shop',
      text: 'I raised its memory limit from *256Mi* to 512Mi.\nWatching it for 5 minutes.',
      fields: [{ label: 'Workload', value: 'shop/Deployment/order-service' }],
      buttons: [{ id: 'reject', label: 'Undo', value: 'act-7' }],
      status: 'verifying',
    });

    expect(out).toEqual([
      [
        '[12:03:04] ⚠ order-service OOMKilled in shop — I raised its memory limit from 256Mi to 512Mi.',
        '           Watching it for 5 minutes.',
        '           Workload: shop/Deployment/order-service',
        '           options: [Undo] /sre reject act-7',
        '           status: verifying',
        '',
      ].join('\n'),
    ]);
  });

  it('colours by severity and bolds *emphasis* only on a TTY', () => {
    const n = { threadKey: 'i', severity: 'critical', title: 'db down', text: 'it is *down*' } as const;
    const tty = formatTerminalNotification(n, { tty: true, now: clock.now(), timeZone: 'UTC' });
    expect(tty).toContain('\u001b[31m✖ db down\u001b[0m');
    expect(tty).toContain('\u001b[1mdown\u001b[22m');
    const plain = formatTerminalNotification(n, { tty: false, now: clock.now(), timeZone: 'UTC' });
    expect(plain).toBe('[12:03:04] ✖ db down — it is down\n');
  });

  it('strips terminal control sequences and secrets that came in with log text', () => {
    const out = formatTerminalNotification(
      {
        threadKey: 'i',
        severity: 'info',
        title: 'evil\u001b]0;pwned\u0007 title',
        text: 'line\r with \u001b[2J clear and password=hunter2',
      },
      { tty: false, now: clock.now(), timeZone: 'UTC' },
    );
    const controls = [...out].filter((c) => c !== '\n' && (c.codePointAt(0) ?? 0) < 0x20);
    expect(controls).toEqual([]);
    expect(out).not.toContain('hunter2');
    expect(out).toContain('ℹ evil]0;pwned title');
  });
});
