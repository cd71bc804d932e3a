import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack rejects nothing for us: requests older (or newer) than this are treated as replays. */
export const SLACK_SIGNATURE_MAX_AGE_SECONDS = 5 * 60;

export type SlackSignatureInput = {
  /** The app's signing secret (Slack app settings → Basic Information). */
  signingSecret: string;
  /** The `X-Slack-Request-Timestamp` header: Unix seconds. */
  timestamp: string | undefined;
  /** The `X-Slack-Signature` header: `v0=` and 64 hex digits. */
  signature: string | undefined;
  /** The request body exactly as received, before any parsing. */
  rawBody: string | Uint8Array;
  now: Date;
};

export type SlackSignatureResult =
  | { ok: true }
  | { ok: false; reason: 'missing-headers' | 'malformed-timestamp' | 'stale-timestamp' | 'bad-signature' };

/**
 * Verifies that a request comes from Slack, as Slack's request-signing docs prescribe: the
 * signature is `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` under the signing secret,
 * compared in constant time, and the timestamp must be within five minutes of `now` (replays are
 * refused). A failure is a value: the handler answers 401 without saying which check failed.
 * @example
 * const check = verifySlackSignature({ signingSecret, timestamp: headers['x-slack-request-timestamp'],
 *   signature: headers['x-slack-signature'], rawBody: event.body, now: clock.now() });
 * if (!check.ok) return { statusCode: 401, body: 'invalid signature' };
 */
export function verifySlackSignature(input: SlackSignatureInput): SlackSignatureResult {
  const { timestamp, signature } = input;
  if (!timestamp || !signature || input.signingSecret === '') return { ok: false, reason: 'missing-headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' };
  const ageSeconds = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  if (ageSeconds > SLACK_SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: 'stale-timestamp' };

  const expected = Buffer.from(signSlackRequest(input.signingSecret, timestamp, input.rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual throws on different lengths; a length mismatch reveals nothing secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  return { ok: true };
}

/** The `X-Slack-Signature` value Slack would send for this body and timestamp. */
export function signSlackRequest(
  signingSecret: string,
  timestamp: string,
  rawBody: string | Uint8Array,
): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`, 'utf8');
  hmac.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
  return `v0=${hmac.digest('hex')}`;
}
