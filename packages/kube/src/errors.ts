import {
  ConflictError,
  ExternalServiceError,
  ForbiddenError,
  NotFoundError,
  redactText,
  SreAgentError,
} from '@sre-agent/core';
import * as z from 'zod';
import { ApiException } from './client-node.ts';

/**
 * Which RBAC manifest (deploy/rbac/<role>.yaml) grants a call: reads come from read-only.yaml,
 * mutations from remediation.yaml (a Role per acting namespace; nodes and evictions from
 * remediation-nodes.yaml), Secrets from the opt-in secrets-scan.yaml. `sre-agent rbac` generates them.
 */
export type RbacRole = 'read-only' | 'remediation' | 'secrets-scan' | 'sleep';

/** What a Kubernetes API call was doing, so that errors can say it in RBAC terms. */
export type KubeCall = {
  /** RBAC verb: get, list, patch, delete, create, ... */
  verb: string;
  /** RBAC resource, with subresource where there is one: `deployments`, `pods/eviction`, `deployments/scale`. */
  resource: string;
  /** Omit for cluster-scoped resources and all-namespace lists. */
  namespace?: string;
  name?: string;
  role: RbacRole;
};

/** The fields of a Kubernetes `Status` object that error handling uses; everything else is ignored. */
const StatusSchema = z.object({
  kind: z.literal('Status').optional(),
  message: z.string().optional(),
  reason: z.string().optional(),
  code: z.number().optional(),
  details: z.object({ causes: z.array(z.object({ message: z.string().optional() })).optional() }).optional(),
});
export type KubeStatus = z.infer<typeof StatusSchema>;

/** The HTTP status of a failed Kubernetes call, or undefined when it never got an answer. */
export function statusCodeOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** The `Status` the API server returned with an error, parsed leniently (the client hands over raw text). */
export function statusOf(error: unknown): KubeStatus | undefined {
  if (!(error instanceof ApiException)) return undefined;
  let body: unknown = error.body;
  if (typeof body === 'string') {
    const text = body;
    try {
      body = JSON.parse(text);
    } catch {
      return text.trim() === '' ? undefined : { message: text.slice(0, 500) };
    }
  }
  const parsed = StatusSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** `Retry-After` of a 429/503 answer in milliseconds (seconds or an HTTP date), if the server sent one. */
export function retryAfterMs(error: unknown, now: Date): number | undefined {
  if (!(error instanceof ApiException)) return undefined;
  const headers = (error.headers ?? {}) as Record<string, string | undefined>;
  const value = headers['retry-after'] ?? headers['Retry-After'];
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** Whether the error is a transport failure (connection refused/reset, timeout) rather than an HTTP answer. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}

/** Whether a failed call may succeed if simply repeated: throttling, server errors and transport failures. */
export function isTransient(error: unknown): boolean {
  const code = statusCodeOf(error);
  if (code !== undefined) return code === 429 || (code >= 500 && code !== 501);
  if (error instanceof ExternalServiceError) return error.retryable;
  return isNetworkError(error);
}

function where(call: KubeCall): string {
  return call.namespace ? ` in namespace "${call.namespace}"` : ' (cluster-wide)';
}

function subject(call: KubeCall): string {
  const resource = call.resource.split('/')[0] ?? call.resource;
  const name = call.name ? ` "${call.name}"` : '';
  return `${resource}${name}${call.namespace ? ` in namespace "${call.namespace}"` : ''}`;
}

/** The file that grants a call: node actions have their own ClusterRole beside the namespaced Roles. */
function manifestOf(call: KubeCall): string {
  if (call.role === 'remediation' && (call.resource === 'nodes' || call.resource === 'pods/eviction')) {
    return 'remediation-nodes';
  }
  return call.role;
}

/** The message a 403 gets: which verb on which resource the agent's RBAC lacks, and where to grant it. */
export function forbiddenMessage(call: KubeCall): string {
  return `RBAC forbids "${call.verb}" on "${call.resource}"${where(call)} for the agent: grant it in deploy/rbac/${manifestOf(call)}.yaml`;
}

/**
 * Translates anything a Kubernetes call threw into a domain error with `{ cause }`:
 * 403 → ForbiddenError naming the missing RBAC verb, 404 → NotFoundError, 409 → ConflictError,
 * everything else → ExternalServiceError('kubernetes', …, retryable). Messages are redacted.
 */
export function toKubeError(error: unknown, call: KubeCall): SreAgentError {
  if (error instanceof SreAgentError) return error;
  const code = statusCodeOf(error);
  const status = statusOf(error);
  const detail = redactText(status?.message ?? (error instanceof Error ? error.message : String(error)));
  const what = `${call.verb} ${subject(call)}`;
  if (code === 403) return new ForbiddenError(forbiddenMessage(call), { cause: error });
  if (code === 404) return new NotFoundError(`${subject(call)} not found`, { cause: error });
  if (code === 409) return new ConflictError(`${what} conflicted: ${detail}`, { cause: error });
  if (code === 401) {
    return new ExternalServiceError(
      'kubernetes',
      `${what} was unauthorized: the API server rejected the agent's credentials (expired token, or no EKS access entry for its role)`,
      false,
      { cause: error },
    );
  }
  if (code !== undefined) {
    return new ExternalServiceError(
      'kubernetes',
      `${what} failed with HTTP ${code}: ${detail}`,
      isTransient(error),
      {
        cause: error,
      },
    );
  }
  if (isNetworkError(error)) {
    return new ExternalServiceError('kubernetes', `${what} could not reach the API server: ${detail}`, true, {
      cause: error,
    });
  }
  return new ExternalServiceError('kubernetes', `${what} failed: ${detail}`, false, { cause: error });
}
