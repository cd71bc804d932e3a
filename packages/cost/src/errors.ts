import { ExternalServiceError } from '@sre-agent/core';

/** Prometheus answered with an error, an unexpected body, or not at all. */
export function prometheusError(message: string, retryable: boolean, cause?: unknown): ExternalServiceError {
  return new ExternalServiceError(
    'prometheus',
    message,
    retryable,
    cause === undefined ? undefined : { cause },
  );
}
