import type { Event, KubeObject } from '../resources/types.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import { formatTime } from '../store/cluster-state.ts';

export type EventSpec = {
  type?: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `kubelet`, `default-scheduler`, `deployment-controller`, ... */
  component: string;
  /** The node, for kubelet events. */
  host?: string;
  /** `spec.containers{web}` for container events. */
  fieldPath?: string;
};

const EVENT_TTL_MS = 60 * 60 * 1000;

/**
 * Records core/v1 Events the way Kubernetes components do: one Event per (object, reason,
 * message, source), whose `count` and `lastTimestamp` grow when it repeats. Events expire after
 * an hour, like the API server's default event TTL.
 */
export class EventRecorder {
  readonly #state: ClusterState;
  /** aggregation key → event name */
  readonly #keys = new Map<string, { namespace: string; name: string }>();
  #sequence = 0;
  /** When false, nothing is recorded (bulk-generated clusters). */
  enabled = true;

  constructor(state: ClusterState) {
    this.#state = state;
  }

  record(object: KubeObject, spec: EventSpec): void {
    if (!this.enabled) return;
    const namespace = object.metadata.namespace ?? 'default';
    const key = [
      object.metadata.uid,
      spec.fieldPath ?? '',
      spec.reason,
      spec.message,
      spec.component,
      spec.host ?? '',
      spec.type ?? 'Normal',
    ].join('\u0000');
    const now = this.#state.now();
    const timestamp = formatTime(now);
    const existing = this.#keys.get(key);
    if (existing) {
      const event = this.#state.get<Event>('Event', existing.namespace, existing.name);
      if (event) {
        this.#state.replace('Event', {
          ...event,
          count: (event.count ?? 1) + 1,
          lastTimestamp: timestamp,
        });
        return;
      }
    }
    const name = `${object.metadata.name}.${(BigInt(now) * 1_000_000n + BigInt(this.#sequence++ % 1_000_000)).toString(16)}`;
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: '', resourceVersion: '', creationTimestamp: '' },
      involvedObject: {
        kind: object.kind,
        namespace: object.metadata.namespace ?? '',
        name: object.metadata.name,
        uid: object.metadata.uid,
        apiVersion: object.apiVersion,
        resourceVersion: object.metadata.resourceVersion,
        ...(spec.fieldPath ? { fieldPath: spec.fieldPath } : {}),
      },
      reason: spec.reason,
      message: spec.message,
      source: { component: spec.component, ...(spec.host ? { host: spec.host } : {}) },
      firstTimestamp: timestamp,
      lastTimestamp: timestamp,
      count: 1,
      type: spec.type ?? 'Normal',
      eventTime: null,
      reportingComponent: spec.component,
      reportingInstance: spec.host ?? '',
    };
    if (!object.metadata.namespace) delete (event.involvedObject as { namespace?: string }).namespace;
    this.#state.create('Event', event);
    this.#keys.set(key, { namespace, name });
  }

  /** Deletes events whose last occurrence is older than the TTL. */
  expire(): void {
    const cutoff = this.#state.now() - EVENT_TTL_MS;
    for (const event of this.#state.list<Event>('Event')) {
      const last = Date.parse(event.lastTimestamp ?? event.metadata.creationTimestamp);
      if (last < cutoff) this.#state.remove('Event', event.metadata.namespace, event.metadata.name);
    }
    if (this.#keys.size > 50_000) this.#keys.clear();
  }
}
