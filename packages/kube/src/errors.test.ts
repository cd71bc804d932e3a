import { ApiException } from '@kubernetes/client-node';
import {
  ConflictError,
  ExternalServiceError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { isTransient, type KubeCall, retryAfterMs, statusOf, toKubeError } from './errors.ts';

const PATCH: KubeCall = {
  verb: 'patch',
  resource: 'deployments',
  namespace: 'shop',
  name: 'web',
  role: 'remediation',
};

function apiError(code: number, body: unknown = '', headers: Record<string, string> = {}) {
  return new ApiException(
    code,
    'Unknown API Status Code!',
    typeof body === 'string' ? body : JSON.stringify(body),
    headers,
  );
}

describe('toKubeError', () => {
  it('names the missing RBAC verb, resource and namespace on 403', () => {
    const error = toKubeError(apiError(403, { kind: 'Status', message: 'forbidden' }), PATCH);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.message).toBe(
      'RBAC forbids "patch" on "deployments" in namespace "shop" for the agent: grant it in deploy/rbac/remediation.yaml',
    );
    expect(error.cause).toBeInstanceOf(ApiException);
  });

  it('points node patches and evictions at the node ClusterRole', () => {
    const cordon = toKubeError(apiError(403), { verb: 'patch', resource: 'nodes', role: 'remediation' });
    const evict = toKubeError(apiError(403), {
      verb: 'create',
      resource: 'pods/eviction',
      namespace: 'shop',
      role: 'remediation',
    });

    expect(cordon.message).toContain('grant it in deploy/rbac/remediation-nodes.yaml');
    expect(evict.message).toContain('grant it in deploy/rbac/remediation-nodes.yaml');
  });

  it('says cluster-wide and points at the read-only role for cluster-scoped reads', () => {
    const error = toKubeError(apiError(403), { verb: 'list', resource: 'nodes', role: 'read-only' });

    expect(error.message).toBe(
      'RBAC forbids "list" on "nodes" (cluster-wide) for the agent: grant it in deploy/rbac/read-only.yaml',
    );
  });

  it('maps 404 to NotFoundError and 409 to ConflictError with the server message', () => {
    const notFound = toKubeError(
      apiError(404, { kind: 'Status', message: 'deployments.apps "web" not found' }),
      PATCH,
    );
    const conflict = toKubeError(
      apiError(409, { kind: 'Status', message: 'the object has been modified; please apply your changes' }),
      PATCH,
    );

    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.message).toBe('deployments "web" in namespace "shop" not found');
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.message).toContain('the object has been modified');
  });

  it('marks 429 and 5xx retryable, other statuses not', () => {
    const throttled = toKubeError(apiError(429), PATCH) as ExternalServiceError;
    const unavailable = toKubeError(apiError(503, 'upstream connect error'), PATCH) as ExternalServiceError;
    const invalid = toKubeError(
      apiError(422, { kind: 'Status', message: 'spec.replicas: Invalid value' }),
      PATCH,
    );

    expect(throttled).toBeInstanceOf(ExternalServiceError);
    expect(throttled.retryable).toBe(true);
    expect(throttled.service).toBe('kubernetes');
    expect(unavailable.retryable).toBe(true);
    expect(unavailable.message).toContain('upstream connect error');
    expect(invalid).toBeInstanceOf(ExternalServiceError);
    expect((invalid as ExternalServiceError).retryable).toBe(false);
    expect(invalid.message).toContain('HTTP 422: spec.replicas: Invalid value');
  });

  it('explains a 401 as rejected credentials', () => {
    const error = toKubeError(new ApiException(401, 'Unauthorized', undefined, {}), PATCH);

    expect(error.message).toContain('rejected the agent');
    expect((error as ExternalServiceError).retryable).toBe(false);
  });

  it('treats a refused connection as a retryable failure to reach the API server', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    });

    const error = toKubeError(refused, PATCH) as ExternalServiceError;

    expect(error.retryable).toBe(true);
    expect(error.message).toContain('could not reach the API server');
    expect(isTransient(refused)).toBe(true);
  });

  it('redacts secrets that a server message echoes', () => {
    const error = toKubeError(
      apiError(500, { kind: 'Status', message: 'bad env value password=hunter2' }),
      PATCH,
    );

    expect(error.message).not.toContain('hunter2');
  });

  it('passes domain errors through unchanged and wraps unknown throwables', () => {
    const own = new ValidationError('nope');

    expect(toKubeError(own, PATCH)).toBe(own);
    expect(toKubeError('boom', PATCH)).toBeInstanceOf(ExternalServiceError);
  });
});

describe('statusOf', () => {
  it('parses the Status JSON the client leaves as text, and keeps non-JSON text as the message', () => {
    expect(
      statusOf(apiError(400, { kind: 'Status', message: 'm', reason: 'BadRequest', code: 400 })),
    ).toMatchObject({
      message: 'm',
      reason: 'BadRequest',
    });
    expect(statusOf(apiError(502, '<html>bad gateway</html>'))?.message).toBe('<html>bad gateway</html>');
    expect(statusOf(new Error('x'))).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('reads seconds and HTTP dates, and ignores absent or garbage values', () => {
    expect(retryAfterMs(apiError(429, '', { 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(apiError(503, '', { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(
      5000,
    );
    expect(retryAfterMs(apiError(429), now)).toBeUndefined();
    expect(retryAfterMs(apiError(429, '', { 'retry-after': 'soon' }), now)).toBeUndefined();
  });
});
