import type { Signal } from '@sre-agent/core';
import type { CatalogAction } from '../../actions/registry.ts';

/** What a pattern is about; drives grouping in notifications and how a rollout is weighed. */
export type PatternCategory =
  | 'memory'
  | 'runtime'
  | 'crash'
  | 'dependency'
  | 'dns'
  | 'tls'
  | 'disk'
  | 'limits'
  | 'permissions'
  | 'image'
  | 'probe'
  | 'config'
  | 'node'
  | 'scheduling'
  | 'eviction'
  | 'job'
  | 'upstream'
  | 'rollout';

/**
 * Log matching with explicit semantics: `any` — at least one regex matches some line;
 * `all` — every regex matches some line (not necessarily the same one). Regexes are applied line
 * by line, to the previous container's log first and then the current one.
 */
export type LogMatcher = ({ readonly any: readonly RegExp[] } | { readonly all: readonly RegExp[] }) & {
  /**
   * Only lines that report a failure count: a line logged below error level (debug, info, warn) is
   * skipped, a line with no level is kept. For broad wording (`forbidden`, `limit exceeded`) that a
   * healthy service also prints, in access logs and retries.
   */
  readonly errorLinesOnly?: boolean;
  /**
   * Stricter: only lines the software itself logged at error level or worse count; a line with no
   * level is skipped too. For the last resort that takes any error the failing instance reports.
   */
  readonly errorLevelOnly?: boolean;
  /** Only lines logged at warning level: for a running service whose story is in its warnings. */
  readonly warnLevelOnly?: boolean;
};

export type NodeConditionMatcher = {
  readonly type: string;
  /** The condition matches when its status is one of these. */
  readonly status: readonly ('True' | 'False' | 'Unknown')[];
};

/**
 * Criteria groups. Within a group, any listed value suffices (except `logs.all`). How groups
 * combine is given by {@link PatternMatch.mode}.
 */
export type Criteria = {
  readonly logs?: LogMatcher;
  /** Exit code of the current or the last terminated container instance. */
  readonly exitCodes?: readonly number[];
  /**
   * Reasons Kubernetes gives: container waiting/terminated reasons (current and last state), the
   * pod's status reason (e.g. `Evicted`), and condition reasons (e.g. a Job's `BackoffLimitExceeded`).
   */
  readonly reasons?: readonly string[];
  /**
   * Kubelet and controller messages: event messages plus the pod's, the containers' and the
   * conditions' status messages (the kubelet writes the same error in both places).
   */
  readonly events?: readonly RegExp[];
  /**
   * What Kubernetes reports as going wrong, as `Reason: message`: Warning events other than bare
   * symptoms (back-off, probes, kills) and the container's waiting and terminated messages.
   */
  readonly reportedFailures?: readonly RegExp[];
  /**
   * What the agent reads from a running container's log as a whole, one finding per line, each
   * starting with its kind: `quiet: no line for 49 min (since ...), ...` (evidence/log-silence.ts),
   * `error responses: 404 to 16 of 25 requests, ...` (evidence/log-responses.ts).
   */
  readonly logFindings?: readonly RegExp[];
  /** Event reasons, e.g. `Unhealthy`, `FailedScheduling`. */
  readonly eventReasons?: readonly string[];
  readonly nodeConditions?: readonly NodeConditionMatcher[];
  /**
   * The chosen container has been running at least this many hours since its last start: what a
   * leak needs before it exhausts something (threads, descriptors, pool slots), unlike a demand
   * the process has from its first minutes.
   */
  readonly runningForHours?: number;
};

export type PatternMatch = Criteria & {
  /** `all` (default): every criteria group given must match. `any`: one group suffices. */
  readonly mode?: 'all' | 'any';
};

/**
 * How a recent rollout is weighed when this pattern matched (see correlate-rollout.ts):
 * `blame` — the rollout is the cause and rollback is preferred; `mention` — the rollout is reported
 * but the symptom is environmental; `blame-if-config-changed` — blamed only when the rollout changed
 * env, command or containers (e.g. a DNS error right after DB_HOST changed);
 * `blame-if-endpoint-changed` — blamed only when the rollout changed where the workload connects (an
 * env var naming a host, URL or endpoint, or the command).
 */
export type RolloutBlame = 'blame' | 'mention' | 'blame-if-config-changed' | 'blame-if-endpoint-changed';

/**
 * One entry of the pattern catalog: data, not code. `diagnosis` and string action parameters are
 * templates: `{name}` is replaced by a named capture of a matching regex or by a context variable
 * (`namespace`, `workload`, `kind`, `pod`, `container`, `node`, `image`, `exitCode`, `reason`,
 * `restartCount`, `signal`); `{name|fallback}` gives text for when it is unknown.
 */
export type Pattern = {
  readonly id: string;
  readonly title: string;
  readonly category: PatternCategory;
  /** When given, the pattern is only considered for these signals (and for generic `Alert`s). */
  readonly signals?: readonly Signal[];
  readonly match: PatternMatch;
  /** Corroborating criteria: each group that also matches raises the confidence. */
  readonly boost?: Criteria;
  /** Extra log/message regexes used only to fill template variables (never to decide a match). */
  readonly captures?: readonly RegExp[];
  readonly diagnosis: string;
  /**
   * Catalog actions in preference order. An action whose template cannot be filled (e.g. no cache
   * name) is dropped; when none is left the candidate escalates.
   */
  readonly actions: readonly CatalogAction[];
  /** Whether the agent can fix it itself (false: the actions only escalate). */
  readonly fixable: boolean;
  /** Probability that the diagnosis is right when the pattern matches, before scoring adjustments. */
  readonly confidence: number;
  /** What a human should do. */
  readonly remediationHint: string;
  /** Override of the category's default rollout weighing. */
  readonly rollout?: RolloutBlame;
  /**
   * Generic patterns (a bare reason or exit code) lose ties against specific ones. Derived when
   * absent: a pattern is generic when it matches on neither logs nor messages.
   */
  readonly generic?: boolean;
};
