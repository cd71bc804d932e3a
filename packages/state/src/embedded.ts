import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { ExternalServiceError } from '@sre-agent/core';
import dynalite from 'dynalite';

/** A DynamoDB-compatible server running in this process. */
export type EmbeddedDynamo = {
  /** `http://127.0.0.1:<port>`: give it to `createDocumentClient({ endpoint })`. */
  endpoint: string;
  /** The data directory, or undefined when the data lives in memory only. */
  dataDir: string | undefined;
  close(): Promise<void>;
};

/**
 * Starts dynalite on 127.0.0.1 (a port chosen by the OS). With `dataDir` the data persists on disk
 * (LevelDB), so a restart on the same directory loses nothing; without it the data lives in memory.
 * @example
 * const dynamo = await startEmbeddedDynamo({ dataDir: '.sre-agent/dynamo' });
 * const client = createDocumentClient({ endpoint: dynamo.endpoint });
 * await ensureTable(client, 'sre-agent');
 */
export async function startEmbeddedDynamo(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDynamo> {
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const server = dynalite({
    ...(dataDir ? { path: dataDir } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  }).catch((error: unknown) => {
    throw new ExternalServiceError('dynalite', `cannot listen on 127.0.0.1: ${String(error)}`, false, {
      cause: error,
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    dataDir,
    close: () => {
      closing ??= new Promise<void>((done, fail) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? fail(error) : done()));
      });
      return closing;
    },
  };
}
