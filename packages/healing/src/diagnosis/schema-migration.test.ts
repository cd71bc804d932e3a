import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout } from './evidence/index.ts';
import { appliedMigrationIn } from './schema-migration.ts';

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

/** A crash right after a new image: the rollout is blamed and rollback would go first. */
function crashAfterRollout(log: string): EvidenceSample {
  return {
    gatheredAt: NOW,
    podReplicaSet: 'web-5f6d8c7b9',
    firstFailureAt: ago(4),
    rollouts: [NEW_IMAGE],
    reason: 'CrashLoopBackOff',
    lastExitCode: 1,
    previousLog: log,
  };
}

const CRASH = [
  '** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.legacy_ref does not exist',
  '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
].join('\n');

describe('a schema migration the new revision applied', () => {
  it.each([
    [
      'Ecto',
      '08:13:57.652 [info] == Running 20260312080000 Ledger.Repo.Migrations.AddTenantId.change/0 forward',
    ],
    ['Ecto', '08:13:57.671 [info] == Migrated 20260312080000 in 0.0s'],
    [
      'EF Core',
      "info: Microsoft.EntityFrameworkCore.Migrations[20402] Applying migration '20260314071544_DropLegacyPasswordColumns'.",
    ],
    ['ActiveRecord', '== 20260301120000 RemoveLegacyRefFromOrders: migrating ======================'],
    ['Flyway', 'Migrating schema "public" to version "42 - drop legacy ref"'],
    [
      'Flyway',
      'Successfully applied 3 migrations to schema "public", now at version v42 (execution time 00:00.112s)',
    ],
    ['Liquibase', 'ChangeSet db/changelog/042-drop-legacy-ref.yaml::42::ops ran successfully in 31ms'],
    ['Alembic', 'INFO  [alembic.runtime.migration] Running upgrade 3f2a1c -> 9b7e44, drop legacy ref'],
    ['Django', '  Applying orders.0042_remove_order_legacy_ref... OK'],
    ['Laravel', 'Migrating: 2026_03_01_120000_drop_legacy_ref_from_orders'],
    ['Knex', 'Batch 12 run: 2 migrations'],
    ['Prisma', 'All migrations have been applied successfully.'],
    ['TypeORM', 'Migration DropLegacyRef1709294400000 has been executed successfully.'],
    ['Doctrine', '[notice] Migrating up to DoctrineMigrations\\Version20260301120000'],
    ['Laravel 10', '  2026_02_02_140518_add_balance_dirty_flag ......................... 48ms DONE'],
    ['Zabbix', '     7:20260211:080342.000 starting automatic database upgrade'],
    ['Zabbix', '     7:20260211:080419.492 completed 1% of database upgrade'],
  ])('reads %s: %s', (_tool, line) => {
    const evidence = evidenceFixture({ previousLog: `starting\n${line}\nlistening on :8080` });
    expect(appliedMigrationIn(evidence)).toBe(line.trim());
  });

  it('does not take talk about migrations for one applied', () => {
    for (const line of [
      'INFO  [alembic.runtime.migration] Will assume transactional DDL.',
      'No migrations to apply.',
      'Nothing to migrate.',
      'Already up to date',
      'GET /api/migrations 200 3ms',
      'Build ...... 120ms DONE',
      'database upgrade not needed',
    ]) {
      expect(appliedMigrationIn(evidenceFixture({ previousLog: line })), line).toBeUndefined();
    }
  });

  it('withdraws a rollback: the previous code would meet the migrated schema', () => {
    const migrated = [
      '08:13:57.652 [info] == Running 20260312080000 Ledger.Repo.Migrations.DropLegacyRef.change/0 forward',
      '08:13:57.655 [info] alter table orders',
      '08:13:57.671 [info] == Migrated 20260312080000 in 0.0s',
      CRASH,
    ].join('\n');
    const result = diagnose(evidenceFixture(crashAfterRollout(migrated)));
    if (result.kind !== 'matched') throw new Error('expected a match');
    for (const candidate of result.candidates)
      expect(candidate.actions.map((a) => a.kind)).not.toContain('rollback');
    expect(result.best.actions[0]?.kind).toBe('escalate');
    expect(result.best.summary).toContain('migrated the database');
  });

  it('keeps the rollback when the new revision migrated nothing', () => {
    const result = diagnose(evidenceFixture(crashAfterRollout(CRASH)));
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions[0]?.kind).toBe('rollback');
  });

  it('withdraws a rollback when another pod of the revision applied a migration since the rollout', () => {
    const noneLeft = `Running migrations:\n  No migrations to apply.\n${CRASH}`;
    const alert = {
      reason: 'AlertFiring',
      object: 'Deployment/web',
      message: `Web5xx: 5xx ratio 0.88 since 09:56; migration orders.0199_remove_legacy_ref applied at ${ago(5).slice(11, 19)} by pod web-5f6d8c7b9-r7tqk`,
    };
    const sample = crashAfterRollout(noneLeft);
    const result = diagnose(evidenceFixture({ ...sample, events: [alert] }));
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions.map((a) => a.kind)).not.toContain('rollback');
    expect(result.best.summary).toContain('applied at');
  });

  it('keeps the rollback when the migration a line names was applied before the rollout', () => {
    const before = `INFO: 0 pending (all 27 already applied; last 20260201_split_name migration applied at ${ago(600).slice(11, 19)} by web-7d9c5b6f4-x2)\n${CRASH}`;
    const result = diagnose(evidenceFixture(crashAfterRollout(before)));
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions[0]?.kind).toBe('rollback');
  });
});
