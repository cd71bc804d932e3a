import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod';
import { SLASH_VERBS } from './payloads.ts';

const MANIFEST = join(import.meta.dirname, '../../../../deploy/slack/app-manifest.yaml');

/** The parts of Slack's app manifest (v1) that the agent depends on. */
const ManifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35) }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(
      z.object({
        command: z.string(),
        url: z.url(),
        description: z.string().max(2000),
        usage_hint: z.string().max(1000),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({ interactivity: z.object({ is_enabled: z.boolean(), request_url: z.url() }) }),
});

describe('the Slack app manifest (deploy/slack/app-manifest.yaml)', () => {
  const manifest = ManifestSchema.parse(parse(readFileSync(MANIFEST, 'utf8')));
  const [sre] = manifest.features.slash_commands;

  it('declares /sre with every verb the agent answers, pointed at the commands endpoint', () => {
    expect(manifest.features.slash_commands).toHaveLength(1);
    expect(sre?.command).toBe('/sre');
    expect(new URL(sre?.url ?? '').pathname).toBe('/slack/commands');
    const hinted = (sre?.usage_hint ?? '').split('|').map((part) => part.trim().split(' ')[0]);
    expect(hinted).toEqual([...SLASH_VERBS]);
  });

  it('sends button clicks to the interactions endpoint', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe('/slack/interactions');
  });

  it('asks for the scopes the notifier and the command need, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['chat:write', 'commands']);
  });
});
