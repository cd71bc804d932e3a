import { type DiagnosisCandidate, type DiagnosisResult, escalatedInstead } from './candidate.ts';
import { rolloutOfThePod } from './correlate-rollout.ts';
import type { Evidence } from './evidence/index.ts';
import { requestRecord } from './evidence/log-responses.ts';
import { isDigitCode } from './text-scan.ts';

/**
 * What migration tools print once a schema change is applied, as pairs of words that must both be
 * on the line (the second may be empty): Ecto, ActiveRecord and Sequelize, Flyway, Liquibase, Django,
 * Laravel (both its styles), Knex, Prisma and TypeORM. Literal scans, no regex: the log is untrusted text.
 */
const APPLIED: readonly (readonly [string, string])[] = [
  ['== Migrated ', ''],
  [': migrated (', ''],
  ['Successfully applied ', ' migration'],
  ['ChangeSet ', ' ran successfully'],
  ['  Applying ', '... OK'],
  ['Migrated:  20', ''],
  ['Batch ', ' migrations'],
  ['migrations have been applied', ''],
  [' has been executed successfully', 'Migration '],
];

/**
 * Laravel 10's table of migrations: a dated migration's name, dots, a time and `DONE`
 * (`2026_02_02_140518_add_balance_dirty_flag ......... 48ms DONE`).
 */
function laravelMigrationDone(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.endsWith('ms DONE') || !trimmed.includes('....')) return false;
  for (let i = 0; i < 4; i++) if (!isDigitCode(trimmed.charCodeAt(i))) return false;
  return trimmed.charAt(4) === '_' && trimmed.charAt(7) === '_';
}

/**
 * What tools print as they start one, when they print nothing once it is done (EF Core, Alembic,
 * Doctrine, Flyway's and Ecto's and ActiveRecord's openings): it counts unless an error follows
 * within a few lines (the migration failed and its transaction rolled it back).
 */
const STARTED: readonly (readonly [string, string])[] = [
  ['== Running ', ' forward'],
  ["Applying migration '", ''],
  ['Applying migration `', ''],
  [': migrating ==', ''],
  ['Migrating schema ', ' to version'],
  ['Running upgrade ', ' -> '],
  ['Migrating: 20', ''],
  ['Migrating up to ', ''],
  // A server that upgrades its own schema at start (Zabbix: `completed 7% of database upgrade`).
  ['starting automatic database upgrade', ''],
  ['% of database upgrade', 'completed'],
];
/** Lines after a start in which an error means the migration failed. */
const FAILED_WITHIN = 10;
const FAILURE_WORDS: readonly string[] = ['error', 'exception', 'failed', 'rolled back', 'rollback'];

const MAX_LINE = 2048;
/** Lines read from each log: a migration runs at start-up, near the head. */
const MAX_LINES = 2_000;

const says = (line: string, markers: readonly (readonly [string, string])[]) =>
  markers.some(([first, second]) => line.includes(first) && (!second || line.includes(second)));

/** The first log line of the failing container that shows a schema migration applied, if any. */
export function appliedMigrationIn(evidence: Evidence): string | undefined {
  for (const tail of [evidence.logs.previous, evidence.logs.current]) {
    for (const text of [tail?.head, tail?.text]) {
      if (!text) continue;
      const lines = text
        .split('\n', MAX_LINES)
        .map((raw) => (raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw));
      for (const [i, line] of lines.entries()) {
        // A request's path or user agent is what a client wrote, not what the process did.
        if (requestRecord(line)) continue;
        if (says(line, APPLIED) || laravelMigrationDone(line)) return line.trim().slice(0, 200);
        if (says(line, STARTED) && !failedAfter(lines, i)) return line.trim().slice(0, 200);
      }
    }
  }
  return undefined;
}

const APPLIED_AT = ' applied at ';

/**
 * A line (of the logs or of the incident's alerts) saying a migration was applied at a time of
 * day since the rollout (`migration product.0199_remove_product_rating applied at 08:16:38 by pod
 * saleor-api-6f9c8b7d5-r7tqk`, `all 27 already applied; last 20260211_074800_split_author_name applied
 * at 07:53:12 by cms-payload-...`): another pod of the new revision migrated the schema, even when
 * this one found nothing left to apply. A line naming a pod of the previous revision as the one that
 * applied it speaks of an old migration, whatever its time of day.
 */
export function migrationAppliedSinceRollout(evidence: Evidence): string | undefined {
  const rollout = rolloutOfThePod(evidence);
  if (!rollout?.at) return undefined;
  const since = Date.parse(rollout.at) - 60_000;
  const previousReplicaSet = rollout.previous?.replicaSet;
  const gathered = Date.parse(evidence.gatheredAt);
  const alerts = evidence.events.filter((e) => e.fromAlertmanager).map((e) => e.message);
  const logs = [evidence.logs.previous, evidence.logs.current].flatMap((t) => [t?.head ?? '', t?.text ?? '']);
  for (const text of [...alerts, ...logs]) {
    for (const raw of text.split('\n', MAX_LINES)) {
      const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
      const at = line.indexOf(APPLIED_AT);
      if (at < 0 || !line.toLowerCase().includes('migration') || requestRecord(line)) continue;
      // A pod of the previous revision named as the one that applied it: that migration is old.
      if (previousReplicaSet && line.includes(`${previousReplicaSet}-`)) continue;
      const byNewRevision =
        evidence.podReplicaSet !== undefined && line.includes(`${evidence.podReplicaSet}-`);
      const applied = timeOfDayOn(line.slice(at + APPLIED_AT.length, at + APPLIED_AT.length + 8), gathered);
      if (byNewRevision || (applied !== undefined && applied >= since)) return line.trim().slice(0, 200);
    }
  }
  return undefined;
}

/** `08:16:38` (or `08:16`) as the latest such moment at or before `now`, in epoch milliseconds. */
function timeOfDayOn(text: string, now: number): number | undefined {
  const [h, m, sec] = text.split(':', 3).map((part) => part.slice(0, 2));
  const digits = (v: string | undefined) => v !== undefined && v.length === 2 && !Number.isNaN(Number(v));
  if (!digits(h) || !digits(m) || (sec !== undefined && !digits(sec))) return undefined;
  const day = new Date(now);
  const at = Date.UTC(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Number(h),
    Number(m),
    Number(sec ?? 0),
  );
  return at > now ? at - 86_400_000 : at;
}

/** Whether an error follows line `at` closely, before the next migration starts. */
function failedAfter(lines: readonly string[], at: number): boolean {
  for (const line of lines.slice(at + 1, at + 1 + FAILED_WITHIN)) {
    if (says(line, STARTED) || says(line, APPLIED) || laravelMigrationDone(line)) return false;
    const lower = line.toLowerCase();
    if (FAILURE_WORDS.some((w) => lower.includes(w))) return true;
  }
  return false;
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
  const migration = appliedMigrationIn(evidence) ?? migrationAppliedSinceRollout(evidence);
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
