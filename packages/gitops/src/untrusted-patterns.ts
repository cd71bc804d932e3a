import type { UntrustedPattern } from '@sre-agent/core';
import { LEADING_SEPARATORS, NOT_SLUG, SLASH_RUNS } from './hosts/git-host.ts';
import { FINDING_KEY_MARKER } from './hosts/github-git-host.ts';
import { INLINE_MARKDOWN, WHITESPACE_RUNS } from './render-body.ts';

/**
 * Every regex the enforcer runs on text it does not control: finding keys built from the names in
 * a repository's manifests, pull request bodies read back from GitHub (a fork's author writes
 * them), and cluster text quoted in a pull request. The adversarial-input test runs this list.
 */
export const GITOPS_PATTERNS: readonly UntrustedPattern[] = [
  { name: 'branch/not-slug', pattern: NOT_SLUG },
  { name: 'branch/slash-runs', pattern: SLASH_RUNS },
  { name: 'branch/leading-separators', pattern: LEADING_SEPARATORS },
  { name: 'github/finding-key-marker', pattern: FINDING_KEY_MARKER },
  { name: 'body/inline-markdown', pattern: INLINE_MARKDOWN },
  { name: 'body/whitespace-runs', pattern: WHITESPACE_RUNS },
];
