import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesOfValue, connectionPassword, MAX_KEYS_PER_SECRET, passwordCandidates } from './extract.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('passwordCandidates', () => {
  it('decodes data and keeps password-named keys only', () => {
    const found = passwordCandidates({
      data: {
        username: b64('admin'),
        password: b64('hunter22'),
        host: b64('db.internal'),
        PGPASSWORD: b64('x'),
      },
    });
    expect(found).toEqual([
      { key: 'password', value: 'hunter22' },
      { key: 'PGPASSWORD', value: 'x' },
    ]);
  });

  it('opens connection strings, .env content and JSON objects', () => {
    expect(connectionPassword('postgres://app:s3cret@db:5432/app')).toBe('s3cret');
    expect(connectionPassword('redis://:pa%24s@cache:6379')).toBe('pa$s');
    expect(candidatesOfValue('DATABASE_URL', 'mysql://root:root@mysql/app')).toEqual([
      { key: 'DATABASE_URL', value: 'root' },
    ]);
    expect(
      candidatesOfValue(
        'app.env',
        'export DB_USER=app\nDB_PASSWORD="letmein1"\n# comment\nREDIS_URL=redis://:abc@r\n',
      ),
    ).toEqual([
      { key: 'app.env:DB_PASSWORD', value: 'letmein1' },
      { key: 'app.env:REDIS_URL', value: 'abc' },
    ]);
    expect(candidatesOfValue('config.json', '{"db":{"user":"a","password":"changeme"},"port":5432}')).toEqual(
      [{ key: 'config.json.db.password', value: 'changeme' }],
    );
  });

  it('reads docker config auth as user:password', () => {
    const config = JSON.stringify({ auths: { 'registry.example.com': { auth: b64('ci:registry123') } } });
    expect(
      passwordCandidates({
        type: 'kubernetes.io/dockerconfigjson',
        data: { '.dockerconfigjson': b64(config) },
      }),
    ).toEqual([{ key: '.dockerconfigjson.auths.registry.example.com.auth', value: 'registry123' }]);
  });

  it('skips what is not a password: certificates, keys, tokens, service-account and Helm Secrets, binary', () => {
    expect(passwordCandidates({ type: 'kubernetes.io/tls', data: { 'tls.key': b64('x') } })).toEqual([]);
    expect(
      passwordCandidates({ type: 'kubernetes.io/service-account-token', data: { token: b64('eyJ') } }),
    ).toEqual([]);
    expect(passwordCandidates({ type: 'helm.sh/release.v1', data: { release: b64('H4sI') } })).toEqual([]);
    expect(
      candidatesOfValue('private-key', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----'),
    ).toEqual([]);
    expect(candidatesOfValue('api-token', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln')).toEqual([]);
    expect(candidatesOfValue('password', '\u0000\u0001binary')).toEqual([]);
  });

  it('reads at most 64 keys of a Secret', () => {
    const data = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`password${i}`, b64('changeme')]));
    expect(passwordCandidates({ data })).toHaveLength(MAX_KEYS_PER_SECRET);
  });

  it('never throws on arbitrary data, and finds at most a bounded number of values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 })),
        fc.option(fc.string()),
        (data, type) => {
          const found = passwordCandidates({ data, stringData: data, ...(type ? { type } : {}) });
          expect(found.length).toBeLessThanOrEqual(MAX_KEYS_PER_SECRET * 64);
        },
      ),
      { numRuns: 300 },
    );
  });
});
