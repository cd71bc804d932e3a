import type { ThreadProvider, ThreadRef, ThreadStore } from '@sre-agent/chat';
import { ConflictError } from '@sre-agent/core';
import type { IncidentStore } from '@sre-agent/state';

const SEPARATOR = '|';

/** Keeps each incident's chat thread on the incident record itself (`threads[provider]`). */
export class IncidentThreadStore implements ThreadStore {
  readonly #incidents: IncidentStore;

  constructor(incidents: IncidentStore) {
    this.#incidents = incidents;
  }

  async get(threadKey: string, provider: ThreadProvider): Promise<ThreadRef | undefined> {
    const value = (await this.#incidents.get(threadKey))?.threads[provider];
    if (!value) return undefined;
    const [channel = '', messageId = ''] = value.split(SEPARATOR);
    return { channel, messageId };
  }

  async set(threadKey: string, provider: ThreadProvider, ref: ThreadRef): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const incident = await this.#incidents.get(threadKey);
      if (!incident) return;
      try {
        await this.#incidents.update(incident.id, incident.version, (current) => ({
          ...current,
          threads: { ...current.threads, [provider]: `${ref.channel}${SEPARATOR}${ref.messageId}` },
        }));
        return;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  }
}
