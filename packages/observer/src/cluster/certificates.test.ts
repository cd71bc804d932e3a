import type { CertManagerCertificate, Ingress } from '@sre-agent/kube';
import { beforeAll, describe, expect, it } from 'vitest';
import { ForecastSchema } from '../forecast.ts';
import { type TestCertificateChain, testCertificateChain, tlsSecret } from '../testing/tls-certificates.ts';
import { forecastCertificates, readTlsSecret } from './certificates.ts';

const DAY = 86_400_000;

function ingress(namespace: string, name: string, secretName: string): Ingress {
  return { metadata: { namespace, name }, spec: { tls: [{ hosts: ['shop.example.com'], secretName }] } };
}

describe('forecastCertificates', () => {
  let chain: TestCertificateChain;
  let issuedAt: number;
  beforeAll(() => {
    issuedAt = Date.now();
    chain = testCertificateChain({ dnsName: 'shop.example.com', days: 30, caName: 'Shop Test CA' });
  });

  it('reads the leaf of a chain: its subject, issuer, DNS names and expiry, never the CA behind it', () => {
    const reading = readTlsSecret(tlsSecret('shop', 'shop-tls', chain));

    expect(reading?.ok).toBe(true);
    if (!reading?.ok) return;
    expect(reading.subject).toBe('CN=shop.example.com');
    expect(reading.issuer).toBe('CN=Shop Test CA');
    expect(reading.dnsNames).toEqual(['shop.example.com']);
    const daysLeft = (reading.notAfter.getTime() - issuedAt) / DAY;
    expect(daysLeft).toBeGreaterThan(29.9);
    expect(daysLeft).toBeLessThan(30.1);
  });

  it('warns with the days left and the Ingresses that serve the Secret, and keeps no key material', () => {
    const now = new Date(issuedAt + 25 * DAY);

    const forecasts = forecastCertificates({
      now,
      secrets: [tlsSecret('shop', 'shop-tls', chain)],
      certificates: [],
      ingresses: [ingress('shop', 'storefront', 'shop-tls'), ingress('other', 'elsewhere', 'shop-tls')],
    });

    expect(forecasts).toHaveLength(1);
    const [f] = forecasts;
    expect(ForecastSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      kind: 'certificate-expiry',
      namespace: 'shop',
      workload: 'storefront',
      workloadKind: 'Ingress',
      action: { kind: 'warn', params: {} },
    });
    expect((f?.timeToLimitMinutes ?? 0) / 1440).toBeCloseTo(5, 0);
    expect(f?.evidence[0]).toMatch(/^expires in 5\.0 days$/);
    expect(f?.evidence.join('\n')).toContain('served by Ingress storefront');
    const text = JSON.stringify(forecasts);
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toContain(chain.leafKey.split('\n')[1]);
    expect(text).not.toContain(chain.leaf.split('\n')[1]);
  });

  it('says nothing about a certificate far from its expiry, and counts an expired one as due now', () => {
    const secrets = [tlsSecret('shop', 'shop-tls', chain)];

    const early = forecastCertificates({
      now: new Date(issuedAt + DAY),
      secrets,
      certificates: [],
      ingresses: [],
    });
    const late = forecastCertificates({
      now: new Date(issuedAt + 31 * DAY),
      secrets,
      certificates: [],
      ingresses: [],
    });

    expect(early).toEqual([]);
    expect(late[0]?.timeToLimitMinutes).toBe(0);
    expect(late[0]?.evidence[0]).toMatch(/^expired 1\.0 days ago$/);
    expect(late[0]?.evidence.at(-1)).toBe('no Ingress references it');
  });

  it('uses cert-manager’s status when the Secret is not read, and warns on a Certificate that is not Ready', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const certificate = (name: string, notAfter: string, ready: string): CertManagerCertificate => ({
      metadata: { namespace: 'shop', name },
      spec: { secretName: `${name}-tls` },
      status: {
        notAfter,
        conditions: [
          {
            type: 'Ready',
            status: ready,
            reason: ready === 'True' ? 'Ready' : 'Failed',
            message: 'ACME order failed',
          },
        ],
      },
    });

    const forecasts = forecastCertificates({
      now,
      secrets: [],
      certificates: [
        certificate('soon', '2026-12-08T00:00:00Z', 'True'),
        certificate('later', '2027-02-01T00:00:00Z', 'True'),
        certificate('broken', '2027-02-01T00:00:00Z', 'False'),
      ],
      ingresses: [ingress('shop', 'api', 'soon-tls')],
    });

    expect(forecasts.map((f) => [f.workload, f.timeToLimitMinutes])).toEqual([
      ['api', 7 * 1440],
      ['broken-tls', 62 * 1440],
    ]);
    expect(forecasts[1]?.evidence).toContain('not Ready: Failed: ACME order failed');
  });

  it('reports a TLS Secret whose tls.crt is not a certificate instead of failing, and ignores other Secrets', () => {
    const bad = tlsSecret('shop', 'bad-tls', chain);
    bad.data = {
      'tls.crt': Buffer.from(
        '-----BEGIN CERTIFICATE-----\nnot base64 der\n-----END CERTIFICATE-----\n',
      ).toString('base64'),
    };
    const opaque = { ...tlsSecret('shop', 'opaque', chain), type: 'Opaque' };

    expect(readTlsSecret(opaque)).toBeUndefined();
    expect(readTlsSecret(bad)).toEqual({
      ok: false,
      namespace: 'shop',
      secret: 'bad-tls',
      reason: 'tls.crt is not a valid X.509 certificate',
    });
  });
});
