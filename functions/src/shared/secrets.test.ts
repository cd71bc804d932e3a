import { describe, expect, it } from 'vitest';
import { LINKED_SECRETS, linkedSecrets } from './secrets.ts';

describe('linkedSecrets', () => {
  it('reads each linked SST secret under the name core knows it by', () => {
    const secrets = linkedSecrets({
      App: { name: 'sre-agent', stage: 'prod' },
      AlertmanagerBearerToken: { type: 'sst.sst.Secret', value: 'am-token' },
      SlackBotToken: { type: 'sst.sst.Secret', value: 'xoxb-1' },
    });

    expect(secrets).toEqual({ ALERTMANAGER_BEARER_TOKEN: 'am-token', SLACK_BOT_TOKEN: 'xoxb-1' });
  });

  it('leaves out secrets that are not linked or were never set (empty), so that integration is off', () => {
    expect(linkedSecrets({ PineconeApiKey: { type: 'sst.sst.Secret', value: '' } })).toEqual({});
    expect(linkedSecrets({})).toEqual({});
  });

  it('reads the real SST resource proxy without throwing when nothing is linked', () => {
    expect(() => linkedSecrets()).not.toThrow();
  });

  it('knows only names core reads', () => {
    expect(Object.values(LINKED_SECRETS).sort()).toEqual([
      'ALERTMANAGER_BEARER_TOKEN',
      'GITHUB_APP_PRIVATE_KEY',
      'GITHUB_TOKEN',
      'PINECONE_API_KEY',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'TEAMS_WEBHOOK_URL',
    ]);
  });
});
