import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** GitHub: the repository fixes that should persist go to as pull requests. */
export const github = defineIntegration({
  name: 'github',
  kind: 'git-host',
  doc: 'Pull requests for fixes that should persist in Git.',
  config: z.strictObject({
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name, e.g. acme/platform-config'),
    baseBranch: z.string().min(1).default('main'),
    /** GitHub Enterprise Server's API root (`https://ghe.example.com/api/v3`); unset: api.github.com. */
    apiUrl: z.url().optional(),
    /** A pull request a human closed unmerged is not opened again for this many days. */
    closedCooldownDays: z.number().int().min(0).max(365).default(14),
  }),
  secrets: {
    GITHUB_TOKEN: {
      stackName: 'GithubToken',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'Token with contents and pull-request write access to `integrations.github.repo`: a fine-grained personal access token or a GitHub App installation token.',
    },
  },
  createdIn: 'packages/app/src/commands/gitops.ts',
});
