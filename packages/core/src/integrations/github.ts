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
    /**
     * A Lambda layer version with `bin/kubectl` (for the functions' architecture, arm64), attached
     * to the GitopsSweep and worker functions so that they render Kustomize roots (`kubectl
     * kustomize`); without it they report such roots as not rendered. See stacks/README.md.
     */
    kubectlLayerArn: z
      .string()
      .regex(
        /^arn:aws[\w-]*:lambda:[a-z0-9-]+:\d{12}:layer:[\w-]{1,140}:\d{1,10}$/,
        'a Lambda layer version ARN: arn:aws:lambda:<region>:<account>:layer:<name>:<version>',
      )
      .optional(),
    /**
     * Authenticate as a GitHub App installation instead of with `GITHUB_TOKEN`: its installation
     * tokens are minted from `GITHUB_APP_PRIVATE_KEY` and renewed before they expire.
     */
    app: z
      .strictObject({
        /** The app's id (or client id), the `iss` of its JWTs. */
        appId: z.union([z.string().regex(/^[\w.-]{1,64}$/), z.number().int().positive()]).transform(String),
        /** The installation on the repository's owner (Settings → Integrations → the app's URL ends with it). */
        installationId: z.number().int().positive(),
      })
      .optional(),
  }),
  secrets: {
    GITHUB_TOKEN: {
      stackName: 'GithubToken',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'Token with contents and pull-request write access to `integrations.github.repo`: a fine-grained personal access token or a GitHub App installation token.',
    },
    GITHUB_APP_PRIVATE_KEY: {
      stackName: 'GithubAppPrivateKey',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'With `integrations.github.app`: the GitHub App’s private key (PEM), from which installation tokens are minted; takes the place of `GITHUB_TOKEN`.',
    },
  },
  createdIn: 'packages/app/src/commands/gitops.ts',
});
