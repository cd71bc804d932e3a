import type { Finding } from '../finding.ts';
import { passwordCandidates } from '../weak-secrets/extract.ts';
import { createStrengthEstimator, type StrengthEstimator } from '../weak-secrets/strength.ts';
import type { Detector } from './detector.ts';

const FIX = 'rotate it to a generated value (e.g. `openssl rand -base64 24`) and update what uses it';

/**
 * Easy-to-guess values in Secrets (read only with `security scan --secrets`): common and default
 * passwords, dictionary words with digits, the namespace's or Secret's own name inside, short and
 * low-entropy values, and a zxcvbn score under 3/4. One finding per Secret key (and field inside
 * it); it names the key and why, never the value.
 */
export function detectWeakSecretsWith(estimator: () => StrengthEstimator): Detector {
  return (inventory) => {
    const findings: Finding[] = [];
    let built: StrengthEstimator | undefined;
    for (const secret of inventory.secrets) {
      for (const candidate of passwordCandidates(secret)) {
        built ??= estimator();
        const verdict = built.assess(candidate.value, {
          namespace: secret.namespace,
          secret: secret.name,
          key: candidate.key,
        });
        if (!verdict.weak) continue;
        findings.push({
          id: 'weakSecret',
          severity: verdict.severity,
          namespace: secret.namespace,
          kind: 'Secret',
          name: secret.name,
          key: candidate.key,
          message: `key ${JSON.stringify(candidate.key)} holds an easy-to-guess value (not shown): ${verdict.reasons.join('; ')}`,
          fix: FIX,
        });
      }
    }
    return findings;
  };
}

/** The detector with zxcvbn's dictionaries loaded on the first Secret that has a password to judge. */
export const detectWeakSecrets: Detector = detectWeakSecretsWith(createStrengthEstimator);
