import { describeUntrustedPatterns } from '@sre-agent/core/testing';
import { describe, expect, it } from 'vitest';
import { branchForKey } from './hosts/git-host.ts';
import { GITOPS_PATTERNS } from './untrusted-patterns.ts';

describeUntrustedPatterns('gitops (branch names, pull request bodies)', GITOPS_PATTERNS);

describe('branchForKey on keys built from hostile manifest names', () => {
  it('trims long runs of separators (quadratic for a `[-/]+$` regex) and keeps a valid, bounded ref', () => {
    expect(branchForKey(`x${'-/'.repeat(40_000)}x`)).toBe('sre-agent/x');
    expect(branchForKey('/--Liveness/Deployment/Shop/Checkout--/')).toBe(
      'sre-agent/liveness/deployment/shop/checkout',
    );
    expect(branchForKey('a'.repeat(5_000)).length).toBe('sre-agent/'.length + 200);
  });
});
