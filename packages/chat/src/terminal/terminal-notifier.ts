import type { Clock, Notification, NotificationSeverity, Notifier } from '@sre-agent/core';
import { clockTime, redactNotification, SEVERITY_STYLE, statusOf } from '../format.ts';

export type TerminalNotifierOptions = {
  /** Receives whole chunks of text ending in a newline, e.g. `(s) => process.stdout.write(s)`. */
  write: (text: string) => void;
  /** Whether the sink is a terminal; only then is the output coloured. */
  tty: boolean;
  clock: Clock;
  /** Time zone of the timestamps; the process's own when omitted. */
  timeZone?: string;
};

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  boldOff: '\u001b[22m',
  dim: '\u001b[2m',
} as const;

const SEVERITY_COLOUR: Record<NotificationSeverity, string> = {
  info: '\u001b[36m',
  warning: '\u001b[33m',
  critical: '\u001b[31m',
  resolved: '\u001b[32m',
};

/**
 * Writes notifications as human-readable lines for local runs and the demo:
 * `[12:03:04] ⚠ order-service OOMKilled in shop — I raised its memory limit…`, with the rest of the
 * story, the fields and the options indented below. Colour only when writing to a terminal;
 * control characters from logs are stripped so they cannot drive the terminal.
 */
export class TerminalNotifier implements Notifier {
  readonly #options: TerminalNotifierOptions;

  constructor(options: TerminalNotifierOptions) {
    this.#options = options;
  }

  async notify(notification: Notification): Promise<void> {
    const { tty, timeZone } = this.#options;
    this.#options.write(
      formatTerminalNotification(notification, {
        tty,
        now: this.#options.clock.now(),
        ...(timeZone ? { timeZone } : {}),
      }),
    );
  }
}

/** The text `TerminalNotifier` writes for one notification (ends with a newline). */
export function formatTerminalNotification(
  notification: Notification,
  options: { tty: boolean; now: Date; timeZone?: string },
): string {
  const n = redactNotification(notification);
  const now = options.now;
  const paint = (code: string, text: string) => (options.tty ? `${code}${text}${ANSI.reset}` : text);
  const emphasis = (text: string) =>
    text.replace(/(^|[^*\w])\*([^*\n]+)\*(?![*\w])/g, (_m, before: string, inner: string) =>
      options.tty ? `${before}${ANSI.bold}${inner}${ANSI.boldOff}` : `${before}${inner}`,
    );

  const style = SEVERITY_STYLE[n.severity];
  const time = paint(ANSI.dim, `[${clockTime(now, options.timeZone)}]`);
  const indent = ' '.repeat(clockTime(now, options.timeZone).length + 3);
  const [firstLine = '', ...moreLines] = clean(n.text)
    .split('\n')
    .map((line) => line.trimEnd());
  const head = paint(SEVERITY_COLOUR[n.severity], `${style.symbol} ${clean(n.title).replaceAll('\n', ' ')}`);
  const lines = [`${time} ${head}${firstLine.trim() ? ` — ${emphasis(firstLine.trim())}` : ''}`];
  for (const line of moreLines) if (line.trim() !== '') lines.push(`${indent}${emphasis(line)}`);
  for (const field of n.fields ?? []) {
    lines.push(
      `${indent}${paint(ANSI.dim, `${clean(field.label)}:`)} ${clean(field.value).replaceAll('\n', ' ')}`,
    );
  }
  if (n.buttons && n.buttons.length > 0) {
    const choices = n.buttons
      .map((b) => `[${clean(b.label)}] /sre ${clean(b.id)} ${clean(b.value)}`)
      .join(' · ');
    lines.push(`${indent}${paint(ANSI.dim, 'options:')} ${choices}`);
  }
  if (n.status !== undefined) lines.push(`${indent}${paint(ANSI.dim, 'status:')} ${clean(statusOf(n))}`);
  return `${lines.join('\n')}\n`;
}

/** Drops control characters (ESC, BEL, CR, C1 …) except newline, and turns tabs into spaces. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replaceAll('\t', '  ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}
