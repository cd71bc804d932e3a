import { ApiError } from '../errors.ts';

/** Which requests a fault applies to; every given field must match. */
export type FaultMatch = {
  /** Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection. */
  verb?: string;
  /** Plural resource, optionally with subresource: `pods`, `deployments`, `pods/eviction`. */
  resource?: string;
  namespace?: string;
  name?: string;
};

export type RequestInfo = {
  verb: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
};

type Rule =
  | { kind: 'latency'; ms: number; match: FaultMatch; remaining: number }
  | {
      kind: 'error';
      error: (info: RequestInfo) => ApiError;
      match: FaultMatch;
      remaining: number;
      writesOnly?: boolean;
      forbidden?: boolean;
    };

function matches(match: FaultMatch, info: RequestInfo): boolean {
  if (match.verb !== undefined && match.verb !== info.verb) return false;
  if (match.resource !== undefined) {
    const full = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
    if (match.resource !== full && match.resource !== info.resource) return false;
    if (match.resource === info.resource && info.subresource && !match.resource.includes('/')) {
      // `pods` does not match `pods/log` unless asked for.
      return false;
    }
  }
  if (match.namespace !== undefined && match.namespace !== info.namespace) return false;
  if (match.name !== undefined && match.name !== info.name) return false;
  return true;
}

const GROUPS: Record<string, string> = {
  deployments: 'apps',
  replicasets: 'apps',
  statefulsets: 'apps',
  daemonsets: 'apps',
  jobs: 'batch',
  cronjobs: 'batch',
  networkpolicies: 'networking.k8s.io',
  poddisruptionbudgets: 'policy',
  horizontalpodautoscalers: 'autoscaling',
};

const WRITE_VERBS = new Set(['update', 'patch']);

/**
 * Programmable failures of the sandbox API, for testing clients' retry, backoff and error
 * handling: added latency, 5xx, 429 with Retry-After, 403 for a verb and resource, 409 on the
 * next N updates. Rules apply in the order they were added; counted rules expire.
 *
 * @example
 * sandbox.faults.throttle({ times: 2, retryAfterSeconds: 1, match: { verb: 'list', resource: 'pods' } });
 */
export class FaultInjector {
  #rules: Rule[] = [];
  /** The identity named in 403 messages. */
  user = 'system:serviceaccount:sre-agent:sre-agent';

  /** Delays matching requests by `ms` (real time), `times` times (default: until cleared). */
  latency(ms: number, options: { match?: FaultMatch; times?: number } = {}): void {
    this.#rules.push({
      kind: 'latency',
      ms,
      match: options.match ?? {},
      remaining: options.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Answers the next `times` matching requests with a 5xx (default 500 InternalError). */
  serverError(options: { status?: 500 | 502 | 503 | 504; times?: number; match?: FaultMatch } = {}): void {
    const status = options.status ?? 500;
    const reasons: Record<number, string> = {
      500: 'InternalError',
      502: 'InternalError',
      503: 'ServiceUnavailable',
      504: 'Timeout',
    };
    this.#rules.push({
      kind: 'error',
      match: options.match ?? {},
      remaining: options.times ?? 1,
      error: () =>
        new ApiError(
          status,
          reasons[status] ?? 'InternalError',
          `Internal error occurred: injected fault (${status})`,
        ),
    });
  }

  /** Answers the next `times` matching requests with 429 TooManyRequests and a Retry-After header. */
  throttle(options: { retryAfterSeconds?: number; times?: number; match?: FaultMatch } = {}): void {
    const retryAfterSeconds = options.retryAfterSeconds ?? 1;
    this.#rules.push({
      kind: 'error',
      match: options.match ?? {},
      remaining: options.times ?? 1,
      error: () =>
        new ApiError(
          429,
          'TooManyRequests',
          'Too many requests, please try again later.',
          { retryAfterSeconds },
          { 'Retry-After': String(retryAfterSeconds) },
        ),
    });
  }

  /** Forbids `verb` on `resource` (optionally in one namespace) until cleared, like a missing RBAC rule. */
  forbid(verb: string, resource: string, namespace?: string): void {
    const [plural, sub] = resource.split('/');
    this.#rules.push({
      kind: 'error',
      match: { verb, resource, ...(namespace !== undefined ? { namespace } : {}) },
      remaining: Number.POSITIVE_INFINITY,
      forbidden: true,
      error: (info) => {
        const group = GROUPS[plural ?? ''] ?? '';
        const scope =
          info.namespace !== undefined ? ` in the namespace "${info.namespace}"` : ' at the cluster scope';
        const subject = info.name
          ? `${plural}${group ? `.${group}` : ''} "${info.name}"`
          : `${plural}${group ? `.${group}` : ''}`;
        return new ApiError(
          403,
          'Forbidden',
          `${subject} is forbidden: User "${this.user}" cannot ${verb} resource "${plural}"${sub ? `/${sub}` : ''} in API group "${group}"${scope}`,
          { kind: plural ?? resource, ...(group ? { group } : {}) },
        );
      },
    });
  }

  /** Answers the next `times` matching updates and patches with 409 Conflict. */
  conflictOnNextUpdates(times: number, match: FaultMatch = {}): void {
    this.#rules.push({
      kind: 'error',
      match,
      remaining: times,
      writesOnly: true,
      error: () =>
        new ApiError(
          409,
          'Conflict',
          `Operation cannot be fulfilled on ${match.resource ?? 'object'}: the object has been modified; please apply your changes to the latest version and try again`,
        ),
    });
  }

  /** Whether a `forbid` rule denies this request (for SelfSubjectAccessReview, `kubectl auth can-i`). */
  isForbidden(info: RequestInfo): boolean {
    return this.#rules.some((r) => r.kind === 'error' && r.forbidden === true && matches(r.match, info));
  }

  clear(): void {
    this.#rules = [];
  }

  /** Decides what happens to a request: total latency to add and an error to answer with, if any. */
  evaluate(info: RequestInfo): { delayMs: number; error?: ApiError } {
    let delayMs = 0;
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || !matches(rule.match, info)) continue;
      if (rule.kind === 'error' && rule.writesOnly && !WRITE_VERBS.has(info.verb)) continue;
      if (rule.kind === 'latency') {
        delayMs += rule.ms;
        rule.remaining--;
        continue;
      }
      rule.remaining--;
      const error = rule.error(info);
      this.#rules = this.#rules.filter((r) => r.remaining > 0);
      return { delayMs, error };
    }
    this.#rules = this.#rules.filter((r) => r.remaining > 0);
    return { delayMs };
  }
}
