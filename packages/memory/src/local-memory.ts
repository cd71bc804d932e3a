import { type Clock, type IdGenerator, type Logger, randomIds, systemClock } from '@sre-agent/core';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { createIncidentMemory, type IncidentMemory } from './incident-memory.ts';
import { LocalVectorIndex } from './index-local/local-vector-index.ts';

/** Where the CLI and the local runtime keep incident memory unless told otherwise. */
export const DEFAULT_MEMORY_STORE = '.sre-agent/memory';

/**
 * Incident memory on its embedded defaults: the deterministic hashing embedder and the file-backed
 * exact index in `dir` (in memory only when `dir` is undefined).
 */
export async function openLocalIncidentMemory(
  options: {
    dir?: string;
    clock?: Clock;
    ids?: IdGenerator;
    logger?: Logger;
    threshold?: number;
    dimension?: number;
  } = {},
): Promise<{ memory: IncidentMemory; index: LocalVectorIndex }> {
  const embedder = new HashingEmbedder(options.dimension ? { dimension: options.dimension } : {});
  const index = await LocalVectorIndex.open({
    dimension: embedder.dimension,
    ...(options.dir ? { dir: options.dir } : {}),
  });
  const memory = createIncidentMemory({
    index,
    embedder,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  return { memory, index };
}
