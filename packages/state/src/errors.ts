import { ConflictError, ExternalServiceError, SreAgentError } from '@sre-agent/core';

/** An item read back from the table does not match its schema: a bug or a hand-edited item, never retried. */
export class MalformedItemError extends SreAgentError {
  readonly pk: string;
  readonly sk: string;
  readonly issues: string;
  constructor(pk: string, sk: string, issues: string, options?: ErrorOptions) {
    super('INTERNAL', `state item ${pk} / ${sk} is malformed:\n${issues}`, 500, options);
    this.pk = pk;
    this.sk = sk;
    this.issues = issues;
  }
}

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThrottlingException',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'LimitExceededException',
  'TransactionConflictException',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
]);

/** Whether an AWS SDK error is DynamoDB's "the condition did not hold". */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Translates an AWS SDK error into a domain error, keeping it as `cause`. */
export function translateDynamoError(error: unknown, operation: string, tableName: string): SreAgentError {
  if (error instanceof SreAgentError) return error;
  if (isConditionFailed(error)) {
    return new ConflictError(`${operation}: the item changed concurrently`, { cause: error });
  }
  const name = error instanceof Error ? error.name : 'Error';
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ResourceNotFoundException') {
    return new ExternalServiceError(
      'dynamodb',
      `${operation}: table ${tableName} does not exist (deploy the stack, or run ensureTable for a local table)`,
      false,
      { cause: error },
    );
  }
  const retryable =
    RETRYABLE.has(name) ||
    (typeof code === 'string' && RETRYABLE.has(code)) ||
    (error as { $retryable?: unknown } | undefined)?.$retryable !== undefined;
  return new ExternalServiceError('dynamodb', `${operation}: ${name}: ${message}`, retryable, {
    cause: error,
  });
}
