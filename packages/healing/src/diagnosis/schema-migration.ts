import { type DiagnosisCandidate, type DiagnosisResult, escalatedInstead } from './candidate.ts';
import type { Evidence } from './evidence/index.ts';

/**
 * What migration tools print when they apply a schema change, as pairs of words that must both be
 * on the line (the second may be empty): Ecto, EF Core, ActiveRecord and Sequelize, Flyway,
 * Liquibase, Alembic, Django, Laravel, Knex, Prisma, TypeORM, Doctrine and Diesel. Literal scans,
 * no regex: the log is untrusted text.
 */
const APPLIED: readonly (readonly [string, string])[] = [
  ['== Running ', ' forward'],
  ['== Migrated ', ''],
  ["Applying migration '", ''],
  ['Applying migration `', ''],
  [': migrating ==', ''],
  [': migrated (', ''],
  ['Migrating schema ', ' to version'],
  ['Successfully applied ', ' migration'],
  ['ChangeSet ', ' ran successfully'],
  ['Running upgrade ', ' -> '],
  ['  Applying ', '... OK'],
  ['Migrating: 20', ''],
  ['Migrated:  20', ''],
  ['Batch ', ' migrations'],
  ['migrations have been applied', ''],
  [' has been executed successfully', 'Migration '],
  ['Migrating up to ', ''],
  ['Running migration ', ''],
];

const MAX_LINE = 2048;
/** Lines read from each log: a migration runs at start-up, near the head. */
const MAX_LINES = 2_000;

/** The first log line of the failing container that shows a schema migration applied, if any. */
export function appliedMigrationIn(evidence: Evidence): string | undefined {
  for (const tail of [evidence.logs.previous, evidence.logs.current]) {
    for (const text of [tail?.head, tail?.text]) {
      if (!text) continue;
      for (const raw of text.split('\n', MAX_LINES)) {
        const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
        if (APPLIED.some(([first, second]) => line.includes(first) && (!second || line.includes(second))))
          return line.trim().slice(0, 200);
      }
    }
  }
  return undefined;
}

/**
 * A revision that migrated the database as it started cannot simply be rolled back: the previous
 * code meets the new schema (a dropped or renamed column, a backfilled table) and fails too, or
 * worse, writes what the new code cannot read. Rollback is withdrawn from every candidate and a
 * person decides between a fix forward and restoring the schema first.
 */
export function withoutRollbackPastMigration(evidence: Evidence, result: DiagnosisResult): DiagnosisResult {
  if (result.kind !== 'matched') return result;
  const rollsBack = (c: DiagnosisCandidate) => c.actions.some((a) => a.kind === 'rollback');
  if (!result.candidates.some(rollsBack)) return result;
  const migration = appliedMigrationIn(evidence);
  if (!migration) return result;
  const guard = (c: DiagnosisCandidate) =>
    rollsBack(c)
      ? escalatedInstead(c, ['rollback'], {
          note: `The new revision migrated the database as it started ("${migration}"): the previous revision would run against the migrated schema, so a rollback is no safe undo. Fix forward, or restore the schema before rolling back.`,
          reason: `${c.summary.slice(0, 300)} The new revision already migrated the database ("${migration.slice(0, 120)}"): rolling back the code alone is not safe.`,
          remediationHint:
            'Check what the migration changed (dropped or renamed columns, backfills). Roll forward with a fix, or run the down-migration (or restore) before deploying the previous image.',
        })
      : c;
  const candidates = result.candidates.map(guard);
  return { kind: 'matched', best: candidates[0] as DiagnosisCandidate, candidates };
}
