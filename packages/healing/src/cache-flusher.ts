/** Flushes a named cache (Redis) — the only non-Kubernetes mutation in the catalog. */
export interface CacheFlusher {
  flush(
    cache: string,
    options?: { dryRun?: boolean },
  ): Promise<{
    cache: string;
    keysBefore: number;
    keysAfter: number;
    usedMemoryBefore?: number;
    /** `maxmemory` in bytes (0: no limit), as INFO memory reports it. */
    maxMemory?: number;
    dryRun: boolean;
  }>;
}
