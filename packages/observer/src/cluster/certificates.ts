import { X509Certificate } from 'node:crypto';
import type { CertManagerCertificate, Ingress, Secret } from '@sre-agent/kube';
import { boundEvidence, type Forecast, WARN_ACTION } from '../forecast.ts';

/** The secret type of TLS Secrets (`kubectl create secret tls`, cert-manager, ingress controllers). */
export const TLS_SECRET_TYPE = 'kubernetes.io/tls';
/** A `tls.crt` larger than this is not read (a chain of a few certificates is a few KiB). */
const MAX_CERT_BYTES = 64 * 1024;
const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * What the agent keeps of a TLS Secret's certificate: who it is for, who signed it and when it
 * expires. Never the key, never the certificate's bytes.
 */
export type TlsCertificateFacts = {
  namespace: string;
  secret: string;
  subject: string;
  issuer: string;
  notAfter: Date;
  /** DNS names of the subjectAltName extension. */
  dnsNames: string[];
};

export type TlsSecretReading =
  | ({ ok: true } & TlsCertificateFacts)
  | { ok: false; namespace: string; secret: string; reason: string };

const short = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Reads the leaf certificate (the first PEM block of `tls.crt`) of a TLS Secret with Node's X.509
 * parser. Only `tls.crt` is decoded; `tls.key` is never touched. Undefined for other Secrets.
 */
export function readTlsSecret(secret: Secret): TlsSecretReading | undefined {
  if (secret.type !== TLS_SECRET_TYPE) return undefined;
  const namespace = secret.metadata?.namespace ?? '';
  const name = secret.metadata?.name ?? '';
  const encoded = secret.data?.['tls.crt'];
  if (!encoded) return { ok: false, namespace, secret: name, reason: 'tls.crt is empty' };
  if (encoded.length > (MAX_CERT_BYTES * 4) / 3 + 4) {
    return { ok: false, namespace, secret: name, reason: 'tls.crt is larger than 64 KiB' };
  }
  const pem = Buffer.from(encoded, 'base64').toString('latin1');
  const start = pem.indexOf(BEGIN);
  const end = start < 0 ? -1 : pem.indexOf(END, start);
  if (start < 0 || end < 0) {
    return { ok: false, namespace, secret: name, reason: 'tls.crt holds no PEM certificate' };
  }
  try {
    const leaf = new X509Certificate(pem.slice(start, end + END.length));
    const notAfter = new Date(leaf.validTo);
    if (Number.isNaN(notAfter.getTime())) throw new Error('no validity end');
    return {
      ok: true,
      namespace,
      secret: name,
      subject: short(leaf.subject.replaceAll('\n', ', ')),
      issuer: short(leaf.issuer.replaceAll('\n', ', ')),
      notAfter,
      dnsNames: dnsNamesOf(leaf.subjectAltName),
    };
  } catch {
    return { ok: false, namespace, secret: name, reason: 'tls.crt is not a valid X.509 certificate' };
  }
}

/** `DNS:a.example.com, DNS:b.example.com, IP Address:10.0.0.1` → the DNS names (at most 10). */
function dnsNamesOf(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  return subjectAltName
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('DNS:'))
    .map((part) => short(part.slice(4), 100))
    .slice(0, 10);
}

export type CertificateForecastInput = {
  now: Date;
  /** TLS Secrets as read (only when the opt-in secrets role is granted); other Secrets are ignored. */
  secrets: readonly Secret[];
  /** cert-manager Certificates (empty when cert-manager is not installed). */
  certificates: readonly CertManagerCertificate[];
  ingresses: readonly Ingress[];
  /** Warn this many days before expiry (default 14: cert-manager renews 90-day certificates at 30). */
  warnDays?: number;
};

type Entry = {
  namespace: string;
  secret: string;
  notAfter?: Date;
  evidence: string[];
  /** cert-manager's Certificate for it, if any. */
  certificate?: string;
  notReady?: string;
};

/**
 * Certificates about to expire, from the TLS Secrets' own X.509 certificates and from
 * cert-manager's Certificate status: one forecast per Secret that expires within `warnDays` (or
 * whose cert-manager Certificate is not Ready), with the Ingresses that serve it.
 */
export function forecastCertificates(input: CertificateForecastInput): Forecast[] {
  const warnMs = (input.warnDays ?? 14) * DAY;
  const now = input.now.getTime();
  const entries = new Map<string, Entry>();
  const entry = (namespace: string, secret: string) => {
    const key = `${namespace}/${secret}`;
    let found = entries.get(key);
    if (!found) {
      found = { namespace, secret, evidence: [] };
      entries.set(key, found);
    }
    return found;
  };
  for (const secret of input.secrets) {
    const reading = readTlsSecret(secret);
    if (!reading) continue;
    const e = entry(reading.namespace, reading.secret);
    if (!reading.ok) {
      e.evidence.push(`Secret ${reading.secret}: ${reading.reason}`);
      continue;
    }
    e.notAfter = reading.notAfter;
    e.evidence.push(
      `certificate of Secret ${reading.secret}: subject ${reading.subject}, issuer ${reading.issuer}, notAfter ${reading.notAfter.toISOString()}`,
    );
    if (reading.dnsNames.length > 0) e.evidence.push(`DNS names: ${reading.dnsNames.join(', ')}`);
  }
  for (const certificate of input.certificates) {
    const namespace = certificate.metadata?.namespace ?? '';
    const secret = certificate.spec?.secretName;
    if (!secret) continue;
    const e = entry(namespace, secret);
    e.certificate = certificate.metadata?.name ?? secret;
    const statusNotAfter = certificate.status?.notAfter ? new Date(certificate.status.notAfter) : undefined;
    if (!e.notAfter && statusNotAfter && !Number.isNaN(statusNotAfter.getTime())) e.notAfter = statusNotAfter;
    const ready = certificate.status?.conditions?.find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'True') {
      e.notReady = short(`${ready.reason ?? 'NotReady'}${ready.message ? `: ${ready.message}` : ''}`, 200);
    }
    e.evidence.push(
      `cert-manager Certificate ${e.certificate}: Ready=${ready?.status ?? 'unknown'}${
        statusNotAfter ? `, notAfter ${certificate.status?.notAfter}` : ''
      }${certificate.status?.renewalTime ? `, renewal ${certificate.status.renewalTime}` : ''}`,
    );
    if (e.notReady) e.evidence.push(`not Ready: ${e.notReady}`);
  }
  const forecasts: Forecast[] = [];
  for (const e of entries.values()) {
    const leftMs = e.notAfter ? e.notAfter.getTime() - now : undefined;
    const expiring = leftMs !== undefined && leftMs <= warnMs;
    if (!expiring && !e.notReady) continue;
    const users = ingressesUsing(input.ingresses, e.namespace, e.secret);
    const evidence = [
      leftMs === undefined
        ? 'expiry unknown'
        : leftMs <= 0
          ? `expired ${(-leftMs / DAY).toFixed(1)} days ago`
          : `expires in ${(leftMs / DAY).toFixed(1)} days`,
      ...e.evidence,
      users.length > 0 ? `served by Ingress ${users.join(', ')}` : 'no Ingress references it',
    ];
    forecasts.push({
      kind: 'certificate-expiry',
      namespace: e.namespace,
      workload: users[0] ?? e.secret,
      workloadKind: users.length > 0 ? 'Ingress' : 'Secret',
      resource: `certificate in secret ${e.secret}`,
      timeToLimitMinutes: leftMs === undefined ? null : Math.max(0, Math.floor(leftMs / MINUTE)),
      evidence: boundEvidence(evidence),
      action: WARN_ACTION,
    });
  }
  return forecasts;
}

/** The Ingresses of a namespace whose `spec.tls[].secretName` is this Secret, by name. */
export function ingressesUsing(ingresses: readonly Ingress[], namespace: string, secret: string): string[] {
  return ingresses
    .filter(
      (i) =>
        (i.metadata?.namespace ?? '') === namespace &&
        (i.spec?.tls ?? []).some((t) => t.secretName === secret),
    )
    .map((i) => i.metadata?.name ?? '')
    .filter((name) => name !== '')
    .sort();
}
