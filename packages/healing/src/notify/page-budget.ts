import {
  type Clock,
  errorMessage,
  isPage,
  type Logger,
  type Notification,
  type Notifier,
  redactText,
  truncate,
} from '@sre-agent/core';
import type { HeldPage, PageDigest, PageHour, PageLedger } from '@sre-agent/state';

/** How many past hours a digest is still looked for (the monitor runs every minute; this covers outages). */
const DIGEST_LOOKBACK_HOURS = 3;
const TITLE_MAX = 300;
const TEXT_MAX = 600;
/** A digest line quotes this much of each held page. */
const LINE_TEXT_MAX = 200;

export type PageBudgetOptions = {
  /** Where pages within the budget, thread lines and digests go. */
  notifier: Notifier;
  ledger: PageLedger;
  /** `policy.pagesPerClusterPerHour`. */
  pagesPerHour: number;
  clock: Clock;
  logger: Logger;
};

/** The clock hour a time falls in, as the ledger keys it: `2026-12-02T13`. */
export function pageHourOf(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/**
 * The paging budget in front of the notifiers: each cluster sends at most `pagesPerHour` pages
 * (escalations, proposals) per clock hour; later pages are held and summed up in one digest once
 * the hour is over. Thread lines (applied, resolved, grouped) are never held: they page nobody.
 * When the ledger cannot be read the page goes out: an extra page beats a lost one.
 */
export class PageBudget implements Notifier {
  readonly #options: PageBudgetOptions;
  constructor(options: PageBudgetOptions) {
    this.#options = options;
  }

  async notify(notification: Notification): Promise<void> {
    const { notifier, ledger, pagesPerHour, clock, logger } = this.#options;
    const { cluster } = notification;
    if (!cluster || !isPage(notification)) return notifier.notify(notification);
    const now = clock.now();
    const hour: PageHour = { cluster, hour: pageHourOf(now) };
    let held = false;
    try {
      if (!(await ledger.spend(hour, pagesPerHour))) {
        await ledger.hold(hour, heldPageOf(notification, now));
        held = true;
      }
    } catch (error) {
      logger.warn('paging budget unavailable; paging anyway', { cluster, error: errorMessage(error) });
    }
    if (!held) return notifier.notify(notification);
    logger.info('page held for the hourly digest', {
      cluster,
      hour: hour.hour,
      thread: notification.threadKey,
    });
  }

  /**
   * Sends the digest of every finished hour of these clusters that held pages back, each once,
   * whichever worker gets there first (at most once: a digest whose sending fails is logged with
   * its count; the held pages stay in the ledger and the incidents in the state). Returns how many
   * digests were sent.
   */
  async sendDigests(clusters: Iterable<string>): Promise<number> {
    const { ledger, notifier, pagesPerHour, clock, logger } = this.#options;
    let sent = 0;
    for (const hour of finishedPageHours(clusters, clock.now())) {
      if (!(await ledger.hasPendingDigest(hour))) continue;
      const digest = await ledger.takeDigest(hour);
      if (!digest) continue;
      try {
        await notifier.notify(digestMessage(digest, pagesPerHour));
        sent += 1;
      } catch (error) {
        logger.error('page digest could not be sent', {
          ...hour,
          held: digest.held.length + digest.overflow,
          error: errorMessage(error),
        });
      }
    }
    return sent;
  }
}

/** The hours a digest may still be due for: the last few finished clock hours of each cluster. */
function* finishedPageHours(clusters: Iterable<string>, now: Date): Generator<PageHour> {
  for (const cluster of clusters) {
    for (let back = 1; back <= DIGEST_LOOKBACK_HOURS; back++) {
      yield { cluster, hour: pageHourOf(new Date(now.getTime() - back * 3_600_000)) };
    }
  }
}

/**
 * Whether any finished hour of these clusters held pages that no digest has taken yet: reads
 * only, so the monitor can ask every minute and enqueue a digest only when one is due.
 */
export async function digestDue(ledger: PageLedger, clusters: Iterable<string>, now: Date): Promise<boolean> {
  for (const hour of finishedPageHours(clusters, now)) {
    if (await ledger.hasPendingDigest(hour)) return true;
  }
  return false;
}

function heldPageOf(notification: Notification, at: Date): HeldPage {
  // An approve button carries `<incident>:<action>`; `/sre approve <action>` does the same.
  const approve = notification.buttons?.find((b) => b.id === 'approve');
  const actionId = approve?.value.split(':').at(-1);
  return {
    threadKey: truncate(notification.threadKey, 200),
    title: truncate(notification.title, TITLE_MAX),
    text: truncate(
      actionId ? `/sre approve ${actionId} — ${notification.text}` : notification.text,
      TEXT_MAX,
    ),
    status: approve ? 'awaiting approval' : truncate(notification.status ?? 'escalated', 60),
    at: at.toISOString(),
  };
}

/** One page for an hour's held pages: what each asked for, in the order they came. */
export function digestMessage(digest: PageDigest, pagesPerHour: number): Notification {
  const count = digest.held.length + digest.overflow;
  const lines = digest.held.map(
    (page) =>
      `• ${page.at.slice(11, 16)} ${page.title} (${page.status}): ${truncate(page.text, LINE_TEXT_MAX)}`,
  );
  if (digest.overflow > 0)
    lines.push(`• and ${digest.overflow} more; \`/sre status\` lists every open incident.`);
  const proposals = digest.held.some((p) => p.status === 'awaiting approval')
    ? ' Proposals among them can still be approved with the `/sre approve` command quoted, until they expire.'
    : '';
  return {
    threadKey: `digest:${digest.cluster}:${digest.hour}`,
    cluster: digest.cluster,
    severity: 'critical',
    title: `${count} held ${count === 1 ? 'page' : 'pages'} in ${digest.cluster}, ${digest.hour.slice(11)}:00–${digest.hour.slice(11)}:59 UTC`,
    text: redactText(
      `The cluster used its budget of ${pagesPerHour} pages that hour, so these waited for this digest:${proposals}\n${lines.join('\n')}`,
    ),
    fields: [
      { label: 'Cluster', value: digest.cluster },
      { label: 'Held pages', value: String(count) },
    ],
    status: 'escalated',
  };
}
