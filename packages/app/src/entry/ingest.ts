/**
 * `@sre-agent/app/ingest`: the receivers' composition root, for entry points that must stay small
 * (the root entry point carries the healing pipeline and the Kubernetes client).
 */

export type { IngestParts } from '../compose/ingest-context.ts';
export { createIngestContext } from '../compose/ingest-context.ts';
export type { IngestContext, Reply } from '../context.ts';
export type { WorkItem } from '../queue/work-item.ts';
export type { WorkQueue } from '../queue/work-queue.ts';
export type { RuntimeFindingReceipt } from '../use-cases/receive-runtime-finding.ts';
export { receiveRuntimeFinding } from '../use-cases/receive-runtime-finding.ts';
