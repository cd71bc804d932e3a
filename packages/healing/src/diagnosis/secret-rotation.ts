import { type DiagnosisCandidate, escalatedInstead } from './candidate.ts';
import type { Evidence } from './evidence/index.ts';

/** The catalog entry for credentials refused after a rotation (catalog/datastores.ts). */
const STALE_AFTER_ROTATION = 'credentials-stale-after-rotation';
/** The Secrets Store CSI driver's event on a pod whose mounted secret it rotated. */
const ROTATED = 'SecretRotationComplete';

/**
 * A restart reads the rotated Secret only if the process started before the rotation: one that
 * started after it holds the new credential already, and a new pod would be refused alike (the
 * Secret itself is wrong). Without times to compare, nobody can tell, and a person decides.
 */
export function weighSecretRotation(candidate: DiagnosisCandidate, evidence: Evidence): DiagnosisCandidate {
  if (candidate.patternId !== STALE_AFTER_ROTATION) return candidate;
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  const started = chosen?.startedAt ? Date.parse(chosen.startedAt) : Number.NaN;
  const rotatedSince = evidence.events.some(
    (e) => e.reason === ROTATED && Date.parse(e.lastTimestamp ?? e.firstTimestamp ?? '') > started,
  );
  if (rotatedSince) return candidate;
  const note =
    'It is not known to have started before the rotation (or it started after it): it may hold the new credential already, and a new pod would be refused alike. Compare the rotated Secret with what the store expects.';
  return escalatedInstead(candidate, ['rollout-restart'], {
    note,
    reason: `${candidate.summary.slice(0, 300)} ${note}`,
  });
}
