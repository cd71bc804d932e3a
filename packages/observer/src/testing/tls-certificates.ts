import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBinary } from '@sre-agent/core/testing';
import type { Secret } from '@sre-agent/kube';

/** A throwaway certificate chain: the leaf (signed by a CA) and the CA, PEM, with the leaf's key. */
export type TestCertificateChain = { leaf: string; ca: string; leafKey: string };

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/**
 * Makes a CA and a leaf certificate for `dnsName` valid for `days` from now, with the openssl CLI
 * at test time (node:crypto makes keys but not certificates), so no key is kept in the repository.
 */
export function testCertificateChain(options: {
  dnsName: string;
  days: number;
  caName?: string;
}): TestCertificateChain {
  const dir = mkdtempSync(join(tmpdir(), 'observer-tls-'));
  const openssl = testBinary('openssl');
  const at = (name: string) => join(dir, name);
  try {
    const run = (args: string[]) => execFileSync(openssl, args, { stdio: 'ignore' });
    run([
      'req',
      '-x509',
      ...EC,
      '-days',
      '3650',
      '-subj',
      `/CN=${options.caName ?? 'Test CA'}`,
      '-keyout',
      at('ca.key'),
      '-out',
      at('ca.pem'),
    ]);
    run([
      'req',
      '-new',
      ...EC,
      '-subj',
      `/CN=${options.dnsName}`,
      '-keyout',
      at('leaf.key'),
      '-out',
      at('leaf.csr'),
    ]);
    writeFileSync(at('ext.cnf'), `subjectAltName=DNS:${options.dnsName}\n`);
    run([
      'x509',
      '-req',
      '-in',
      at('leaf.csr'),
      '-CA',
      at('ca.pem'),
      '-CAkey',
      at('ca.key'),
      '-CAcreateserial',
      '-days',
      String(options.days),
      '-extfile',
      at('ext.cnf'),
      '-out',
      at('leaf.pem'),
    ]);
    return {
      leaf: readFileSync(at('leaf.pem'), 'utf8'),
      ca: readFileSync(at('ca.pem'), 'utf8'),
      leafKey: readFileSync(at('leaf.key'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A `kubernetes.io/tls` Secret holding the chain (leaf first, as ingress controllers expect). */
export function tlsSecret(namespace: string, name: string, chain: TestCertificateChain): Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { namespace, name },
    type: 'kubernetes.io/tls',
    data: {
      'tls.crt': Buffer.from(`${chain.leaf}${chain.ca}`).toString('base64'),
      'tls.key': Buffer.from(chain.leafKey).toString('base64'),
    },
  };
}
