import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackSignature } from './verify-signature.ts';

// The worked example from Slack's "Verifying requests from Slack" documentation.
const DOC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DOC_TIMESTAMP = '1531420618';
const DOC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const DOC_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const DOC_NOW = new Date(Number(DOC_TIMESTAMP) * 1000 + 30_000);

const base = {
  signingSecret: DOC_SECRET,
  timestamp: DOC_TIMESTAMP,
  signature: DOC_SIGNATURE,
  rawBody: DOC_BODY,
  now: DOC_NOW,
};

describe('verifySlackSignature', () => {
  it("accepts the example from Slack's documentation", () => {
    expect(signSlackRequest(DOC_SECRET, DOC_TIMESTAMP, DOC_BODY)).toBe(DOC_SIGNATURE);
    expect(verifySlackSignature(base)).toEqual({ ok: true });
  });

  it('accepts the raw body as bytes too', () => {
    expect(verifySlackSignature({ ...base, rawBody: Buffer.from(DOC_BODY) })).toEqual({ ok: true });
  });

  it('refuses a request signed with another secret', () => {
    expect(verifySlackSignature({ ...base, signingSecret: 'another-secret' })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses replays older than five minutes, and timestamps from the future', () => {
    const late = new Date(Number(DOC_TIMESTAMP) * 1000 + 5 * 60_000 + 1000);
    const early = new Date(Number(DOC_TIMESTAMP) * 1000 - 5 * 60_000 - 1000);
    expect(verifySlackSignature({ ...base, now: late })).toEqual({ ok: false, reason: 'stale-timestamp' });
    expect(verifySlackSignature({ ...base, now: early })).toEqual({ ok: false, reason: 'stale-timestamp' });
    const edge = new Date(Number(DOC_TIMESTAMP) * 1000 + 5 * 60_000);
    expect(verifySlackSignature({ ...base, now: edge })).toEqual({ ok: true });
  });

  it('refuses missing headers, a malformed timestamp and signatures of the wrong length', () => {
    expect(verifySlackSignature({ ...base, signature: undefined }).ok).toBe(false);
    expect(verifySlackSignature({ ...base, timestamp: undefined })).toEqual({
      ok: false,
      reason: 'missing-headers',
    });
    expect(verifySlackSignature({ ...base, timestamp: '15314206x8' })).toEqual({
      ok: false,
      reason: 'malformed-timestamp',
    });
    expect(verifySlackSignature({ ...base, signature: DOC_SIGNATURE.slice(0, -2) })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifySlackSignature({ ...base, signature: `${DOC_SIGNATURE}00` })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses the body when any single byte of it was tampered with', () => {
    const body = Buffer.from(DOC_BODY);
    fc.assert(
      fc.property(fc.nat({ max: body.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, delta) => {
        const tampered = Buffer.from(body);
        tampered[index] = ((tampered[index] ?? 0) + delta) % 256;
        return !verifySlackSignature({ ...base, rawBody: tampered }).ok;
      }),
    );
  });

  it('refuses any single tampered character of the signature or timestamp', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: DOC_SIGNATURE.length - 1 }),
        fc.constantFrom(...'0123456789abcdefv=x'),
        (index, char) => {
          fc.pre(DOC_SIGNATURE[index] !== char);
          const signature = DOC_SIGNATURE.slice(0, index) + char + DOC_SIGNATURE.slice(index + 1);
          return !verifySlackSignature({ ...base, signature }).ok;
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -250, max: 250 }).filter((d) => d !== 0),
        (delta) => {
          const timestamp = String(Number(DOC_TIMESTAMP) + delta);
          const result = verifySlackSignature({ ...base, timestamp });
          return !result.ok && result.reason === 'bad-signature';
        },
      ),
    );
  });

  it('accepts whatever it signs itself, for any body and secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.uint8Array({ maxLength: 512 }), (secret, body) => {
        const signature = signSlackRequest(secret, DOC_TIMESTAMP, body);
        return verifySlackSignature({ ...base, signingSecret: secret, signature, rawBody: body }).ok;
      }),
    );
  });
});
