import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout } from './evidence/index.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

const NEW_IMAGE: Rollout = {
  revision: 7,
  replicaSet: 'web-5f6d8c7b9',
  at: ago(6),
  replicas: 1,
  readyReplicas: 0,
  changes: {
    image: [
      {
        container: 'app',
        from: 'registry.example.com/shop/web:1.4.2',
        to: 'registry.example.com/shop/web:1.5.0',
      },
    ],
  },
  previous: { revision: 6, replicaSet: 'web-7d9c5b6f4', at: ago(4320), replicas: 2, readyReplicas: 2 },
};

const CRASH = [
  '** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.legacy_ref does not exist',
  '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
].join('\n');

describe('a migration applied since the rollout is dated by its day, not only its time of day', () => {
  it('keeps the rollback when the last migration was applied two days ago at a later time of day', () => {
    // Applied 2026-02-28 at 09:58:10 (its id says so); the rollout was today at 09:54. Read as a time
    // of day, 09:58:10 falls after the rollout and the rollback the crash needs is withdrawn.
    const log = `INFO: 0 pending (all 27 already applied; last 20260228_split_name migration applied at 09:58:10 by web-7d9c5b6f4-x2)\n${CRASH}`;
    const result = diagnose(
      evidenceFixture({
        gatheredAt: NOW,
        podReplicaSet: 'web-5f6d8c7b9',
        firstFailureAt: ago(4),
        rollouts: [NEW_IMAGE],
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog: log,
      }),
    );
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions[0]?.kind).toBe('rollback');
  });
});
