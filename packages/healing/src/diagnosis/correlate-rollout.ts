import { redactText } from '@sre-agent/core';
import { parseQuantity } from '../actions/quantity.ts';
import type { CatalogAction } from '../actions/registry.ts';
import type { DiagnosisCandidate, DiagnosisResult } from './candidate.ts';
import { describeChanges, type Evidence, type Rollout, type RolloutChanges } from './evidence/index.ts';

export type RolloutCorrelationOptions = {
  /** The first failure must come within this many minutes after the rollout. */
  windowMinutes?: number;
  /** The previous revision counts as healthy when it ran at least this long (or still has ready pods). */
  minPreviousRunMinutes?: number;
};

export const DEFAULT_ROLLOUT_CORRELATION: Required<RolloutCorrelationOptions> = {
  windowMinutes: 15,
  minPreviousRunMinutes: 10,
};

/** The rollout that made the failing pod's revision (the newest one when the pod's is unknown). */
export function rolloutOfThePod(evidence: Pick<Evidence, 'podReplicaSet' | 'rollouts'>): Rollout | undefined {
  return evidence.podReplicaSet
    ? evidence.rollouts.find((r) => r.replicaSet === evidence.podReplicaSet)
    : evidence.rollouts[0];
}

/** Whether and how a recent rollout explains the failure. */
export type RolloutCorrelation =
  | { kind: 'none'; reason: string }
  | { kind: 'blamed'; rollout: Rollout; minutesAfter: number; summary: string }
  | { kind: 'mentioned'; rollout: Rollout; minutesAfter: number; summary: string };

/** The id of the candidate added when a rollout is blamed. */
export const ROLLOUT_REGRESSION_ID = 'rollout-regression';

/**
 * "What changed" correlation. A failure that starts within `windowMinutes` after a Deployment
 * rollout that changed what runs (image, env, command, containers, probes, or lowered resources),
 * seen on a pod of the new revision, while the previous revision was healthy (it ran for a while or
 * still has ready pods), points at the rollout: a `rollout-regression` candidate with `rollback`
 * first becomes the best diagnosis. When the matched pattern is environmental (its `rollout` weighing
 * is `mention`: a database down, DNS, an upstream 401, a node, a missing Secret or image) the rollout
 * is only mentioned. `blame-if-config-changed` patterns (connection refused, auth, DNS not found) are
 * blamed only when the rollout changed env, command or containers: the new config points somewhere
 * wrong. Restart-only rollouts (template annotations), resource increases and changes of log verbosity
 * or telemetry export alone are never blamed.
 *
 * OOM right after a rollout: blamed (rollback first, then the pattern's `raise-memory-limit`) when the
 * rollout changed image/env/command or lowered the memory; the previous revision lived within its
 * limit, so the change is the regression and a bigger limit would only hide it. When the rollout only
 * raised resources, it is not blamed and the memory pattern's own actions stand.
 */
export function correlateRollout(
  evidence: Evidence,
  result: DiagnosisResult,
  options: RolloutCorrelationOptions = {},
): { correlation: RolloutCorrelation; result: DiagnosisResult } {
  const opts = { ...DEFAULT_ROLLOUT_CORRELATION, ...options };
  const none = (reason: string) => ({ correlation: { kind: 'none' as const, reason }, result });

  if (evidence.target.kind !== 'Deployment') return none('only Deployment rollouts are tracked');
  if (evidence.rollouts.length === 0) return none('no rollout in the look-back window');
  const rollout = rolloutOfThePod(evidence);
  if (!rollout) {
    return none(`the failing pod belongs to ${evidence.podReplicaSet}, not to a recent revision`);
  }
  const changed = blameworthyChanges(rollout.changes, { loggingRefused: refusesLogSetting(evidence) });
  if (changed.length === 0) {
    return none(
      `revision ${rollout.revision} changed nothing that runs (${describeChanges(rollout.changes)})`,
    );
  }
  if (!rollout.at) return none(`revision ${rollout.revision} has no creation time`);
  const rolledOut = rollout.at;
  const minutesSince = (at: string) => Math.round((Date.parse(at) - Date.parse(rolledOut)) / 6_000) / 10;
  if (!evidence.firstFailureAt && evidence.failingBy) {
    // A running pod whose cut log shows only errors: when they began is unknown, only that it was by then.
    const by = minutesSince(evidence.failingBy);
    if (by > opts.windowMinutes) {
      return none(
        `when failures started is unknown: the log shows them from ${formatMinutes(by)} after revision ${rollout.revision}, outside ${opts.windowMinutes} min, and was cut before`,
      );
    }
  }
  const failureAt = evidence.firstFailureAt ?? evidence.podCreatedAt ?? evidence.gatheredAt;
  const minutesAfter = minutesSince(failureAt);
  // A minute of tolerance for clocks and for events stamped while the rollout was being created.
  if (minutesAfter < -1)
    return none(`failures started ${-minutesAfter} min before revision ${rollout.revision}`);
  if (minutesAfter > opts.windowMinutes) {
    return none(
      `failures started ${minutesAfter} min after revision ${rollout.revision}, outside ${opts.windowMinutes} min`,
    );
  }
  const previous = rollout.previous;
  if (!previous) return none(`revision ${rollout.revision} has no previous revision to return to`);
  const ranMinutes = previous.at ? (Date.parse(rollout.at) - Date.parse(previous.at)) / 60_000 : 0;
  const previousHealthy = previous.readyReplicas > 0 || ranMinutes >= opts.minPreviousRunMinutes;
  if (!previousHealthy) {
    return none(
      `revision ${previous.revision} was not known to be healthy (ran ${Math.round(ranMinutes)} min, no ready pods)`,
    );
  }

  const best = result.kind === 'matched' ? result.best : undefined;
  const weighing = best?.rollout ?? 'blame';
  const configChanged = changed.some((c) => CONFIG_CHANGES.has(c));
  const endpointChanged =
    changed.includes('command') ||
    (rollout.changes.env ?? []).some((e) => e.names.some((name) => namesAnEndpoint(name)));
  const reference = best ? changedFailingReference(evidence, best, rollout.changes) : undefined;
  const blame =
    weighing === 'blame' ||
    (weighing === 'blame-if-config-changed' && configChanged) ||
    (weighing === 'blame-if-endpoint-changed' && endpointChanged) ||
    reference !== undefined;
  const when = minutesAfter <= 0 ? 'as soon as' : `${formatMinutes(minutesAfter)} after`;
  const what = describeChanges(rollout.changes);

  if (!blame) {
    const summary = redactText(
      `Revision ${rollout.revision} was rolled out ${formatMinutes(Math.max(0, minutesAfter))} before the failures (${what}); not blamed: ${best?.category ?? 'this'} failures come from outside the workload.`,
    );
    const mentioned = best ? { ...best, summary: `${best.summary} ${summary}` } : undefined;
    return {
      correlation: { kind: 'mentioned', rollout, minutesAfter, summary },
      result:
        result.kind === 'matched' && mentioned
          ? { kind: 'matched', best: mentioned, candidates: [mentioned, ...result.candidates.slice(1)] }
          : result,
    };
  }

  const health =
    previous.readyReplicas > 0
      ? `revision ${previous.revision} still has ${previous.readyReplicas} ready pod${previous.readyReplicas === 1 ? '' : 's'}`
      : `revision ${previous.revision} ran ${formatMinutes(ranMinutes)} before it`;
  const symptom = best ? ` Symptom: ${best.summary}` : '';
  const because = reference ? ` It introduced ${reference}, which is what now fails.` : '';
  const summary = redactText(
    `Failures started ${when} the rollout of revision ${rollout.revision} (${what}); ${health}.${because} The rollout is the likely cause: roll back.${symptom}`,
  );
  const fallbacks: CatalogAction[] = (best?.actions ?? []).filter(
    (a) => a.kind !== 'rollback' && a.kind !== 'restart-pod' && a.kind !== 'rollout-restart',
  );
  const candidate: DiagnosisCandidate = {
    patternId: ROLLOUT_REGRESSION_ID,
    title: 'Failure started right after a rollout',
    category: 'rollout',
    summary,
    confidence: Math.max(previous.readyReplicas > 0 ? 0.9 : 0.85, best?.confidence ?? 0),
    actions: [{ kind: 'rollback' }, ...fallbacks],
    fixable: true,
    remediationHint: `Roll back to revision ${previous.revision} (kubectl rollout undo), then fix the change before rolling forward.`,
    generic: false,
    rollout: 'blame',
    evidence: [
      { source: 'rollout', text: redactText(`revision ${rollout.revision} at ${rollout.at}: ${what}`) },
      ...(best?.evidence ?? []).slice(0, 4),
    ],
  };
  const candidates = result.kind === 'matched' ? [candidate, ...result.candidates] : [candidate];
  return {
    correlation: { kind: 'blamed', rollout, minutesAfter, summary },
    result: { kind: 'matched', best: candidate, candidates },
  };
}

type ChangeKind =
  | 'image'
  | 'env'
  | 'command'
  | 'containers'
  | 'probes'
  | 'resources'
  | 'config'
  | 'settings'
  | 'references';

/** Words of an environment variable's name that say where a client connects (`SPRING_DATA_REDIS_HOST`). */
const ENDPOINT_WORDS: readonly string[] = [
  'HOST',
  'URL',
  'URI',
  'ENDPOINT',
  'ADDR',
  'SERVER',
  'DSN',
  'NODES',
  'BROKER',
  'CLUSTER',
  'SENTINEL',
  'MASTER',
  'PRIMARY',
  'REPLICA',
  'READER',
  'WRITER',
];

/** Whether a variable's name (or an `envFrom` source) says where the workload connects. */
function namesAnEndpoint(name: string): boolean {
  const upper = name.slice(0, 120).toUpperCase();
  return ENDPOINT_WORDS.some((word) => upper.includes(word));
}

/** Changes that point the workload somewhere new: what `blame-if-config-changed` patterns need. */
const CONFIG_CHANGES: ReadonlySet<ChangeKind> = new Set([
  'env',
  'command',
  'containers',
  'config',
  'settings',
  'references',
]);

/**
 * Environment variables that only set how a program logs (`LOG_LEVEL`, `DEX_LOG_LEVEL`, `RUST_LOG`,
 * `LOG_FORMAT`, ...) or where it exports telemetry (OpenTelemetry's exporter, service name, resource
 * and sampler; not `OTEL_JAVAAGENT_ENABLED`, `OTEL_SDK_DISABLED` or instrumentation switches, which
 * change what runs), or how an error tracker or APM agent labels what it reports (Sentry's
 * environment and release, Datadog's unified service tags, New Relic's and Elastic APM's names; not
 * a DSN, a key, an enable switch or a sample rate, which changes what the program spends). Turning
 * them up is what people do *because* something already fails: a rollout that changed only these is
 * not the failure's cause, unless the program refuses the new setting.
 */
const DIAGNOSTIC_ENV =
  /^(?:[A-Z0-9]{1,40}_){0,4}(?:LOG_?LEVEL|LOGGING_?LEVEL|LOG_?FORMAT|LOG_?VERBOSITY|VERBOSITY)$|^(?:RUST_LOG|RUST_BACKTRACE|NODE_DEBUG|VERBOSE)$|^OTEL_(?:EXPORTER_OTLP_[A-Z0-9_]{1,60}|SERVICE_NAME|RESOURCE_ATTRIBUTES|TRACES_SAMPLER(?:_ARG)?|LOG_LEVEL|METRIC_EXPORT_INTERVAL)$|^(?:SENTRY_(?:ENVIRONMENT|RELEASE|SERVER_NAME)|DD_(?:ENV|SERVICE|VERSION|TAGS)|NEW_RELIC_(?:APP_NAME|LABELS)|ELASTIC_APM_(?:ENVIRONMENT|SERVICE_NAME|SERVICE_VERSION))$/i;

/** A program refusing a log or telemetry setting (`not a valid logrus Level: "verbose"`). */
export const LOG_SETTING_REFUSED =
  /\b(?:invalid|unknown|unrecognized|unrecognised|unsupported|not a valid|bad|cannot parse|failed to parse)\b[^\n]{0,40}?\b(?:log(?:ging)?[ _-]?)?(?:level|verbosity|directive|filter|exporter|endpoint)\b/i;

/** Whether the failing instance's log says it refused a log or telemetry setting. */
function refusesLogSetting(evidence: Evidence): boolean {
  for (const tail of [evidence.logs.previous, evidence.logs.current]) {
    for (const line of tail?.text.split('\n') ?? []) {
      if (LOG_SETTING_REFUSED.test(line.length > 2048 ? line.slice(0, 2048) : line)) return true;
    }
  }
  return false;
}

/**
 * The changes that can break a workload; restart-only annotations (`restartedAt`), resource
 * increases and log-verbosity settings cannot. A `checksum/config`-style annotation is a config
 * change, not a restart.
 */
export function blameworthyChanges(
  changes: RolloutChanges,
  options: { loggingRefused?: boolean } = {},
): ChangeKind[] {
  const out: ChangeKind[] = [];
  if (changes.image?.length) out.push('image');
  const counts = (name: string) => options.loggingRefused === true || !DIAGNOSTIC_ENV.test(name);
  if (changes.env?.some((e) => e.names.some(counts))) out.push('env');
  if (changes.command?.length) out.push('command');
  if (changes.containers?.length) out.push('containers');
  if (changes.probes?.length) out.push('probes');
  if (changes.config?.length) out.push('config');
  if (changes.settings?.length) out.push('settings');
  if (changes.references?.length) out.push('references');
  if (
    changes.resources?.some(
      (r) => lowered(r.from.limits, r.to.limits) || lowered(r.from.requests, r.to.requests),
    )
  ) {
    out.push('resources');
  }
  return out;
}

/**
 * The reference the rollout introduced that the failure names: the new image of the failing
 * container when the image cannot be pulled, or a Secret/ConfigMap the new revision references when
 * it is missing. The failure is then the rollout's, not the environment's.
 */
function changedFailingReference(
  evidence: Evidence,
  best: DiagnosisCandidate,
  changes: RolloutChanges,
): string | undefined {
  if (best.category === 'image') {
    const image = evidence.containers.find((c) => c.name === evidence.container)?.image;
    const changed = (changes.image ?? []).find(
      (i) => i.container === evidence.container || (image !== undefined && i.to === image),
    );
    return changed ? `the image ${changed.to}` : undefined;
  }
  const texts = [best.summary, ...best.evidence.map((e) => e.text)];
  const named = (name: string) => texts.some((t) => t.includes(`"${name}"`) || t.includes(` ${name} `));
  for (const ref of changes.references ?? []) {
    const name = ref.slice(ref.indexOf(' ') + 1);
    if (name && named(name)) return `the ${ref}`;
  }
  for (const e of changes.env ?? []) {
    for (const n of e.names) {
      if (!n.startsWith('envFrom ')) continue;
      const name = n.slice(n.indexOf(':') + 1);
      if (name && named(name)) return `the ${n.slice('envFrom '.length).replace(':', ' ')}`;
    }
  }
  return undefined;
}

function lowered(from: Record<string, string> | undefined, to: Record<string, string> | undefined): boolean {
  for (const [name, before] of Object.entries(from ?? {})) {
    const after = to?.[name];
    if (after === undefined) continue; // a removed limit is not a lower one
    const a = parseQuantity(before);
    const b = parseQuantity(after);
    if (a !== undefined && b !== undefined && b < a) return true;
  }
  return false;
}

function formatMinutes(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / (24 * 60))} days`;
}
