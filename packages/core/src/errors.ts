/** Machine-readable error codes shared by every package. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'EXTERNAL_SERVICE'
  | 'POLICY_VIOLATION'
  | 'CONFIG'
  | 'INTERNAL';

/** Base class of every error sre-agent throws on purpose. */
export class SreAgentError extends Error {
  readonly code: ErrorCode;
  /** HTTP-style status used by handlers; only errors below 500 are exposed to callers. */
  readonly status: number;

  constructor(code: ErrorCode, message: string, status: number, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
  }

  /** Whether the message may be shown to the caller (Middy's `expose` rule). */
  get expose(): boolean {
    return this.status < 500;
  }
}

/** Input that failed validation; `issues` lists what is wrong, field by field. */
export class ValidationError extends SreAgentError {
  readonly issues: readonly string[];
  constructor(message: string, issues: readonly string[] = [], options?: ErrorOptions) {
    super('VALIDATION', message, 400, options);
    this.issues = issues;
  }
}

export class NotFoundError extends SreAgentError {
  constructor(message: string, options?: ErrorOptions) {
    super('NOT_FOUND', message, 404, options);
  }
}

export class ConflictError extends SreAgentError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFLICT', message, 409, options);
  }
}

/** The caller (or the agent's own identity) lacks a permission, e.g. a missing RBAC verb. */
export class ForbiddenError extends SreAgentError {
  constructor(message: string, options?: ErrorOptions) {
    super('FORBIDDEN', message, 403, options);
  }
}

/** A dependency (Kubernetes, DynamoDB, Slack, ...) failed; `retryable` says whether to try again. */
export class ExternalServiceError extends SreAgentError {
  readonly service: string;
  readonly retryable: boolean;
  constructor(service: string, message: string, retryable: boolean, options?: ErrorOptions) {
    super('EXTERNAL_SERVICE', `${service}: ${message}`, 502, options);
    this.service = service;
    this.retryable = retryable;
  }
}

export class PolicyViolationError extends SreAgentError {
  constructor(message: string, options?: ErrorOptions) {
    super('POLICY_VIOLATION', message, 403, options);
  }
}

/** Configuration is missing or invalid; the message names the field and what to fix. */
export class ConfigError extends SreAgentError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFIG', message, 500, options);
  }
}

/** The message of any thrown value, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
