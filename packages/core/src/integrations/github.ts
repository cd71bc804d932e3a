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
  }),
  secrets: {
    GITHUB_TOKEN: {
      stackName: 'GithubToken',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'Token with contents and pull-request write access to `integrations.github.repo`.',
    },
  },
  createdIn: null,
});
