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

describe('redactText on the secrets that used to leak', () => {
  const leaks: { what: string; line: string; secret: string; kept?: string }[] = [
    {
      what: 'a connection-string password holding @ / + =',
      line: 'DATABASE_URL=postgres://orders:p@ss/w+rd=1@db.internal:5432/orders',
      secret: 'p@ss/w+rd=1',
      kept: `postgres://orders:${REDACTED}@db.internal:5432/orders`,
    },
    {
      what: 'a Redis URL with a password and no user',
      line: 'Error: connect to redis://:s3cretpw@cache.internal:6379/0 failed',
      secret: 's3cretpw',
      kept: `redis://:${REDACTED}@cache.internal:6379/0`,
    },
    {
      what: 'a lower-case bearer token',
      line: 'upstream call with bearer 8f14e45fceea167a5a36dedd4bea2543 rejected',
      secret: '8f14e45fceea167a5a36dedd4bea2543',
    },
    {
      what: 'a bearer token after a lower-case authorization header',
      line: 'curl -H "authorization: bearer abcd1234efgh5678" https://api.internal/v1',
      secret: 'abcd1234efgh5678',
    },
    {
      what: 'a PGP private key block',
      line: '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0abcDEF123\n=Zx9a\n-----END PGP PRIVATE KEY BLOCK-----',
      secret: 'lQOYBF0abcDEF123',
    },
    {
      what: 'a Slack app-level token',
      line: 'socket mode: connecting with xapp-1-A0123456789-1234567890123-abcdef0123456789',
      secret: 'xapp-1-A0123456789',
    },
    {
      what: 'Slack refresh tokens',
      line: 'rotating xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtMTIz (refresh xoxe-1-My0xLTEyMzQ1Njc4OTA)',
      secret: 'Mi0yLTEyMzQ1Njc4OTAtMTIz',
    },
    {
      what: 'a Slack incoming-webhook URL',
      line: 'POST https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX: 404',
      secret: 'XXXXXXXXXXXXXXXXXXXXXXXX',
      kept: 'https://hooks.slack.com/services/',
    },
    {
      what: 'a password glued to -p',
      line: 'exec: mysql -h db -u root -pS3cretPw orders',
      secret: 'S3cretPw',
      kept: '-u root',
    },
    {
      what: 'a --password flag',
      line: 'pg_dump --password hunter2 --host db',
      secret: 'hunter2',
      kept: '--host db',
    },
    {
      what: 'a --password= flag',
      line: 'app --password=hunter2 --verbose',
      secret: 'hunter2',
      kept: '--verbose',
    },
    {
      what: 'a Kubernetes env var in YAML whose name names a secret',
      line: '        env:\n        - name: DB_PASSWORD\n          value: hunter2\n        - name: LOG_LEVEL\n          value: debug',
      secret: 'hunter2',
      kept: 'value: debug',
    },
    {
      what: 'a Kubernetes env var in JSON whose name names a secret',
      line: '"env":[{"name":"STRIPE_API_KEY","value":"rk_live_abc"},{"name":"PORT","value":"8080"}]',
      secret: 'rk_live_abc',
      kept: '{"name":"PORT","value":"8080"}',
    },
    {
      what: 'a multi-word password',
      line: 'config loaded: password: correct horse battery staple',
      secret: 'horse battery staple',
    },
    {
      what: 'JSON with escaped quotes inside a log string',
      line: '{"msg":"request body {\\"user\\":\\"bob\\",\\"password\\":\\"hunter2\\"}"}',
      secret: 'hunter2',
      kept: '\\"user\\":\\"bob\\"',
    },
    {
      what: 'an OpenAI project key',
      line: 'openai: using key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789',
      secret: 'abcdefghijklmnopqrstuvwxyz',
    },
    {
      what: 'a legacy OpenAI key',
      line: 'OPENAI_API_KEY unset, falling back to sk-abcdefghijklmnopqrstuvwxyz0123456789ABCD',
      secret: 'abcdefghijklmnopqrstuvwxyz',
    },
    {
      what: 'an Anthropic key',
      line: 'anthropic client created with sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789-AA',
      secret: 'abcdefghijklmnopqrstuvwxyz',
    },
    {
      what: 'an Azure storage AccountKey',
      line: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc+def/ghi==;EndpointSuffix=core.windows.net',
      secret: 'abc+def/ghi==',
      kept: 'EndpointSuffix=core.windows.net',
    },
    { what: 'a camel-case password name', line: 'connecting with dbPassword=hunter2', secret: 'hunter2' },
    { what: 'a camel-case API key name', line: 'client { apiKey: abc123def456 }', secret: 'abc123def456' },
  ];

  for (const { what, line, secret, kept } of leaks) {
    it(`redacts ${what}`, () => {
      const out = redactText(line);
      expect(out).not.toContain(secret);
      expect(out).toContain(REDACTED);
      if (kept) expect(out).toContain(kept);
      expect(redactText(out)).toBe(out);
    });
  }

  it('leaves switches alone: a boolean or null is no secret', () => {
    expect(redactText('set automountServiceAccountToken: false on the pod spec')).toBe(
      'set automountServiceAccountToken: false on the pod spec',
    );
    expect(redactText('token=null secret_enabled=TRUE')).toBe('token=null secret_enabled=TRUE');
    expect(redactText('token="false"')).toBe(`token="${REDACTED}"`);
    expect(redactText('password: falsehood')).not.toContain('falsehood');
  });

  it('leaves ordinary lines that mention flags, ports, tokens and keys alone', () => {
    const lines = [
      'mkdir -p /var/lib/app && cp -pr src dst',
      'docker run -p8080:80 -p 9090:9090 nginx',
      'GET https://registry.npmjs.org/@types/node 200',
      'connected to postgres://db.internal:5432/orders as app',
      'token bucket refilled: 20 requests per second',
      'the bearer authentication scheme is required',
      'sk-learn model loaded',
      '- name: LOG_LEVEL\n  value: debug',
      'passwordless login enabled for admin',
    ];
    for (const line of lines) expect(redactText(line)).toBe(line);
  });
});

describe('redactValue on secret-named fields', () => {
  it('blanks camel-case secret fields and the value of a secret-named env var', () => {
    const out = redactValue({
      dbPassword: 'hunter2',
      apiKey: 'abc',
      author: 'ann',
      env: [
        { name: 'DB_PASSWORD', value: 'hunter2' },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
    });
    expect(out).toEqual({
      dbPassword: REDACTED,
      apiKey: REDACTED,
      author: 'ann',
      env: [
        { name: 'DB_PASSWORD', value: REDACTED },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
    });
  });
});

describe('redaction is linear-time', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

  // The benchmark shows the real figure (about 0.15 s per megabyte); the bound here is generous so
  // that a busy machine does not fail it, and still far below what a quadratic rule would take.
  it('redacts 1 MB of input built to make its rules backtrack within a generous bound each', () => {
    const units = [
      "password='a ",
      'password="a ',
      'password: a b ',
      'password=',
      '--password "a ',
      '- name: DB_PASSWORD\n  value: "a ',
      '{\\"password\\":\\"a ',
      'bearer ',
      'eyJ-',
      'xoxb-',
      'sk-',
      '-pa1 ',
      'postgres://a:b@',
      'a://b:',
      '-----BEGIN RSA PRIVATE KEY-----',
      'a',
    ];
    const slow: string[] = [];
    for (const unit of units) {
      const started = performance.now();
      redactText(fill(unit));
      const ms = performance.now() - started;
      if (ms > 2_500) slow.push(`${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
    // 16 megabytes in all: the default 5 s test timeout is for unit tests, not for this one.
  }, 120_000);
});
