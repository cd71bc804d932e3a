/// <reference path="./dynalite.d.ts" />
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ConflictError, ExternalServiceError } from '@sre-agent/core';

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
  // Loaded on demand: Lambda bundles never start it, and must not carry dynalite's native LevelDB.
  const { default: dynalite } = await import('dynalite');
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const lock = dataDir ? await lockDataDir(dataDir) : undefined;
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
  }).catch(async (error: unknown) => {
    await lock?.release();
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
      }).finally(() => lock?.release());
      return closing;
    },
  };
}

const LOCK_FILE = 'sre-agent.lock';

/**
 * One server per data directory: LevelDB allows a single opener, and dynalite fails on its first request
 * (with an uncaught error) if another process holds the directory. A pid file makes that a clear error at
 * start; a lock left by a process that died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<{ release(): Promise<void> }> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      throw new ConflictError(
        `the state directory ${dataDir} is in use by process ${holder}${holder === process.pid ? ' (this one)' : ''}; stop the other sre-agent or set another state.dataDir`,
      );
    }
    await rm(path, { force: true }); // left by a process that is gone
  }
  throw new ConflictError(`could not lock the state directory ${dataDir}; retry`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
