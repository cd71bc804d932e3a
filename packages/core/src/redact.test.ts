import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, redactValue } from './redact.ts';

describe('redactText', () => {
  it('removes passwords from connection URLs but keeps host and user', () => {
    const out = redactText('connecting to postgres://app:s3cr3tP4ss@db.internal:5432/orders');
    expect(out).toBe(`connecting to postgres://app:${REDACTED}@db.internal:5432/orders`);
  });

  it('removes key=value and key: value secrets', () => {
    const out = redactText('password=hunter2 api_key: abcdef123456 user=bob DB_PASSWORD="x y z"');
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('abcdef123456');
    expect(out).not.toContain('x y z');
    expect(out).toContain('user=bob');
  });

  it('removes JWTs, bearer tokens, AWS keys, Slack and GitHub tokens', () => {
    const jwt =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    const text = [
      `token ${jwt}`,
      'Authorization: Bearer abcdefghijklmnop',
      'key AKIAIOSFODNN7EXAMPLE',
      'slack xoxb-123456789012-abcdefghijkl',
      'gh ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    ].join('\n');
    const out = redactText(text);
    for (const secret of [
      jwt,
      'abcdefghijklmnop',
      'AKIAIOSFODNN7EXAMPLE',
      'xoxb-123456789012',
      'ghp_abcdefghij',
    ]) {
      expect(out).not.toContain(secret);
    }
  });

  it('removes PEM private keys whole', () => {
    const out = redactText(
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\nafter',
    );
    expect(out).toBe(`${REDACTED}:private-key\nafter`);
  });

  it('leaves ordinary log lines alone and is idempotent', () => {
    const line = 'java.lang.OutOfMemoryError: Java heap space at com.acme.Export.run(Export.java:42)';
    expect(redactText(line)).toBe(line);
    const once = redactText('password=abc token: def');
    expect(redactText(once)).toBe(once);
  });
});

describe('redactValue', () => {
  it('blanks secret-named fields and redacts strings deep inside objects', () => {
    const out = redactValue({
      env: [{ name: 'A', value: 'x' }],
      apiKey: 'k',
      nested: { url: 'https://u:p@h/' },
    });
    expect(out).toEqual({
      env: [{ name: 'A', value: 'x' }],
      apiKey: REDACTED,
      nested: { url: `https://u:${REDACTED}@h/` },
    });
  });
});

describe('redactText on hostile and look-alike input', () => {
  it('leaves words that only start like a secret name alone', () => {
    const line =
      'StripeAuthenticationError: Invalid API Key provided; Unauthorized: retry later; tokenizer: ready';
    expect(redactText(line)).toBe(line);
  });

  it('still redacts camel-case and prefixed secret keys', () => {
    const out = redactText('awsSecretAccessKey=abc123def secretKey: xyz789 DB_PASSWORD=hunter2');
    expect(out).not.toMatch(/abc123def|xyz789|hunter2/);
  });

  it('handles a long unbroken line (a minified payload) and redacts the secret in it', () => {
    const line = `${'a'.repeat(20_000)} password=hunter2 ${'b='.repeat(5_000)}`;
    const out = redactText(line);
    expect(out).not.toContain('hunter2');
    expect(out.length).toBeGreaterThan(20_000);
  });
});
