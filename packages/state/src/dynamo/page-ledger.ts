import { lazySchema } from '@sre-agent/core';
import * as z from 'zod';
import {
  type HeldPage,
  HeldPageSchema,
  MAX_HELD_PAGES,
  type PageDigest,
  type PageHour,
  type PageLedger,
} from '../ports.ts';
import { assertPositive, parseInput } from '../rules.ts';
import { PARTITIONS } from '../table-design.ts';
import { type DynamoTable, readItem } from './table.ts';

/** A cluster-hour's ledger is kept two days: long enough for any late digest. */
const KEEP_SECONDS = 2 * 24 * 3600;

const hourKey = ({ cluster, hour }: PageHour) => ({
  pk: `${PARTITIONS.pages}${cluster}`,
  sk: `HOUR#${hour}`,
});

const LedgerItemSchema = lazySchema(() =>
  z.looseObject({
    held: z.array(HeldPageSchema).optional(),
    overflow: z.number().int().nonnegative().optional(),
    digestedAt: z.string().optional(),
  }),
);

/**
 * The paging budget on DynamoDB: one item per cluster-hour. Counting is an atomic conditional
 * `ADD`, holding a `list_append` bounded by `size()`, and taking the digest a conditional `SET`,
 * so concurrent workers never exceed the budget nor send a digest twice.
 */
export class DynamoPageLedger implements PageLedger {
  readonly #table: DynamoTable;
  constructor(table: DynamoTable) {
    this.#table = table;
  }

  async spend(hour: PageHour, limit: number): Promise<boolean> {
    assertPositive(limit, 'page budget limit');
    const updated = await this.#table.update(
      hourKey(hour),
      {
        expression: 'ADD spent :one SET #ttl = :ttl',
        names: { '#ttl': 'ttl' },
        values: { ':one': 1, ':ttl': this.#ttl() },
      },
      { expression: 'attribute_not_exists(spent) OR spent < :limit', values: { ':limit': limit } },
      'spend page budget',
    );
    return updated !== undefined;
  }

  async hold(hour: PageHour, input: HeldPage): Promise<void> {
    const page = parseInput(HeldPageSchema, input, 'held page');
    const kept = await this.#table.update(
      hourKey(hour),
      {
        expression: 'SET held = list_append(if_not_exists(held, :empty), :page), #ttl = :ttl',
        names: { '#ttl': 'ttl' },
        values: { ':empty': [], ':page': [page], ':ttl': this.#ttl() },
      },
      { expression: 'attribute_not_exists(held) OR size(held) < :max', values: { ':max': MAX_HELD_PAGES } },
      'hold a page for the digest',
    );
    if (kept) return;
    await this.#table.update(
      hourKey(hour),
      { expression: 'ADD overflow :one', values: { ':one': 1 } },
      undefined,
      'count a held page',
    );
  }

  async hasPendingDigest(hour: PageHour): Promise<boolean> {
    const item = await this.#table.get(hourKey(hour), 'read page budget');
    if (!item) return false;
    const ledger = readItem(item, LedgerItemSchema);
    return (ledger.held?.length ?? 0) > 0 && ledger.digestedAt === undefined;
  }

  async takeDigest(hour: PageHour): Promise<PageDigest | undefined> {
    const taken = await this.#table.update(
      hourKey(hour),
      { expression: 'SET digestedAt = :now', values: { ':now': this.#table.clock.now().toISOString() } },
      { expression: 'attribute_exists(held) AND attribute_not_exists(digestedAt)' },
      'take the page digest',
    );
    if (!taken) return undefined;
    const ledger = readItem(taken, LedgerItemSchema);
    return { ...hour, held: ledger.held ?? [], overflow: ledger.overflow ?? 0 };
  }

  #ttl(): number {
    return Math.ceil(this.#table.clock.now().getTime() / 1000) + KEEP_SECONDS;
  }
}
