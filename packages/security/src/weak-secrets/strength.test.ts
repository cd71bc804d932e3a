import { beforeAll, describe, expect, it } from 'vitest';
import { createStrengthEstimator, type StrengthEstimator } from './strength.ts';

const context = { namespace: 'payments', secret: 'ledger-db-credentials', key: 'password' };
let estimator: StrengthEstimator;

beforeAll(() => {
  estimator = createStrengthEstimator();
});

const reasonsOf = (value: string, ctx = context) => {
  const verdict = estimator.assess(value, ctx);
  return verdict.weak ? verdict.reasons : [];
};

describe('createStrengthEstimator', () => {
  it('calls common and default passwords, and their variations, common', () => {
    for (const value of ['changeme', 'P@ssw0rd', 'admin123', 'Welcome1!', 'minioadmin', 'Password2024!']) {
      expect(estimator.assess(value, context), value).toMatchObject({ weak: true, severity: 'critical' });
    }
  });

  it('finds dictionary words with digits', () => {
    expect(reasonsOf('Sunflower2023!')).toContain('a dictionary word with digits');
    expect(reasonsOf('1987Cathedral')).toContain('a dictionary word with digits');
  });

  it("finds the namespace's and the Secret's names inside the value", () => {
    expect(reasonsOf('Payments#2024')).toContain('contains the namespace name');
    expect(reasonsOf('ledger_prod_7')).toContain("contains the Secret's name");
  });

  it('finds short and low-entropy values', () => {
    expect(reasonsOf('xK9#q')).toContain('shorter than 8 characters');
    expect(reasonsOf('abababababab12')).toContain('low entropy: fewer than 5 distinct characters');
  });

  it('falls back on zxcvbn and says how many guesses it estimates', () => {
    const reasons = reasonsOf('qwertzuiopasdfg');
    expect(reasons.join()).toMatch(/zxcvbn score [0-2]\/4: guessable in ~10\^\d+ tries|a common/);
  });

  it('passes generated credentials and passphrases', () => {
    for (const value of [
      'k8Jd9xQ2vLm4Tz7pWq1R',
      'Zq3@vN8!rT5#wL2$',
      'c0f1e9a84b7d2356e8f0a1b2c3d4e5f6',
      'u7Xn2P+q9RkLmZ3wVb1YtA==',
      'orbit-candle-maple-thunder',
      'gravel lantern yellow spoon otter',
    ]) {
      expect(estimator.assess(value, context), value).toEqual({ weak: false });
    }
  });

  it('never returns the value in its reasons', () => {
    const verdict = estimator.assess('payments2024', context);
    expect(JSON.stringify(verdict)).not.toContain('payments2024');
  });
});
