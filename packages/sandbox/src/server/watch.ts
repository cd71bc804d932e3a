import type { ServerResponse } from 'node:http';
import { ApiError } from '../errors.ts';
import type { ResourceDef } from '../resources/registry.ts';
import { qualifiedName } from '../resources/registry.ts';
import type { KubeObject } from '../resources/types.ts';
import type { ObjectStore, StoreEvent } from '../store/object-store.ts';

export type WatchRequest = {
  def: ResourceDef;
  namespace: string | undefined;
  name: string | undefined;
  filter: ((object: KubeObject) => boolean) | undefined;
  resourceVersion: string | undefined;
  timeoutSeconds: number | undefined;
  /** How each object is sent (e.g. as a one-row Table for `kubectl get -w`). */
  render?: (object: KubeObject) => unknown;
};

/**
 * A minimal watch: newline-delimited JSON events over a chunked response. Without a
 * resourceVersion (or with "0") it starts with ADDED events for what exists; with one, it
 * replays the store's recent history (410 Expired when that is too old), then streams changes.
 */
export function serveWatch(
  store: ObjectStore,
  request: WatchRequest,
  response: ServerResponse,
  onClose: (stop: () => void) => void,
): void {
  const resource = qualifiedName(request.def);
  const inScope = (object: KubeObject) =>
    (request.namespace === undefined || object.metadata.namespace === request.namespace) &&
    (request.name === undefined || object.metadata.name === request.name) &&
    (!request.filter || request.filter(object));
  response.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache',
  });
  // Clients consider the watch open only once the headers arrive.
  response.flushHeaders();
  const render = request.render ?? ((object: KubeObject) => object);
  const send = (type: string, object: unknown) =>
    response.write(
      `${JSON.stringify({ type, object: type === 'ERROR' ? object : render(object as KubeObject) })}\n`,
    );

  const rv = request.resourceVersion;
  if (rv === undefined || rv === '' || rv === '0') {
    const scoped = request.def.namespaced ? request.namespace : undefined;
    for (const object of store.iterate(resource, scoped)) if (inScope(object)) send('ADDED', object);
  } else {
    const since = Number(rv);
    if (!Number.isInteger(since) || since < store.oldestWatchableRevision - 1) {
      send(
        'ERROR',
        new ApiError(
          410,
          'Expired',
          `too old resource version: ${rv} (${store.oldestWatchableRevision})`,
        ).toStatus(),
      );
      response.end();
      return;
    }
    for (const event of store.eventsSince(since)) {
      if (event.resource === resource && inScope(event.object)) send(event.type, event.object);
    }
  }

  const unsubscribe = store.subscribe((event: StoreEvent) => {
    if (event.resource === resource && inScope(event.object)) send(event.type, event.object);
  });
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    if (!response.writableEnded) response.end();
  };
  if (request.timeoutSeconds !== undefined && request.timeoutSeconds > 0) {
    timer = setTimeout(stop, request.timeoutSeconds * 1000);
    timer.unref();
  }
  response.on('close', stop);
  onClose(stop);
}
