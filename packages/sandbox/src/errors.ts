/** A Kubernetes `Status` cause: one field that is wrong. */
export type StatusCause = { reason?: string; message: string; field?: string };

export type StatusDetails = {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
};

/** The `Status` body the Kubernetes API answers with on failure (and on some successes). */
export type KubeStatus = {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
};

/**
 * An error the sandbox API answers as a Kubernetes `Status`: the same codes, reasons and
 * messages as the real API server, so that clients (kubectl, client-node) react as they would.
 */
export class ApiError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details: StatusDetails | undefined;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(
    code: number,
    reason: string,
    message: string,
    details?: StatusDetails,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.reason = reason;
    this.details = details;
    this.headers = headers;
  }

  toStatus(): KubeStatus {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

/** `pods "web-1" not found`, or `deployments.apps "web" not found`. */
export function notFound(qualifiedResource: string, name: string, group = ''): ApiError {
  return new ApiError(404, 'NotFound', `${qualifiedResource} "${name}" not found`, {
    name,
    ...(group ? { group } : {}),
    kind: qualifiedResource.split('.')[0] ?? qualifiedResource,
  });
}

export function alreadyExists(qualifiedResource: string, name: string, group = ''): ApiError {
  return new ApiError(409, 'AlreadyExists', `${qualifiedResource} "${name}" already exists`, {
    name,
    ...(group ? { group } : {}),
    kind: qualifiedResource.split('.')[0] ?? qualifiedResource,
  });
}

export function conflict(qualifiedResource: string, name: string, group = ''): ApiError {
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, ...(group ? { group } : {}), kind: qualifiedResource.split('.')[0] ?? qualifiedResource },
  );
}

/** `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0` */
export function invalid(kindWithGroup: string, name: string, causes: StatusCause[], group = ''): ApiError {
  const summary = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const message =
    summary.length === 1
      ? `${kindWithGroup} "${name}" is invalid: ${summary[0]}`
      : `${kindWithGroup} "${name}" is invalid: [${summary.join(', ')}]`;
  return new ApiError(422, 'Invalid', message, {
    name,
    ...(group ? { group } : {}),
    kind: kindWithGroup.split('.')[0] ?? kindWithGroup,
    causes,
  });
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

export function methodNotAllowed(message: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', message);
}

export function unsupportedMediaType(contentType: string): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json; got ${contentType}`,
  );
}

export function pathNotFound(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});
}
