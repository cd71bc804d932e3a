import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { SleepRecord, SleepStore } from '@sre-agent/state';
import {
  type LiveObject,
  listLiveObjects,
  objectName,
  originalAnnotation,
  SLEEP_ORIGINAL_ANNOTATION,
  type SleepKind,
} from './live-objects.ts';

/** What waking restores, and how sleeping changed the object: its original and the generation then. */
export type Original = { replicas?: number | undefined; suspend?: boolean | undefined };
export type SleepingObject = {
  kind: SleepKind;
  name: string;
  uid?: string | undefined;
  original: Original;
  /** `metadata.generation` before sleeping; sleeping raises it by one. */
  generation?: number | undefined;
  /** Where the original was found: the state store, the annotation, or both. */
  source: 'state' | 'annotation' | 'both';
};

type StepContext = {
  namespace: string;
  writer: ClusterWriter;
  store: SleepStore;
  now: () => Date;
  schedule: string;
};

const describeOriginal = (o: Original) =>
  o.replicas !== undefined ? `${o.replicas} replica${o.replicas === 1 ? '' : 's'}` : `suspend: ${o.suspend}`;

/**
 * Puts one object to sleep, crash-safe: (1) the original goes to the state store (never
 * overwritten: a record left by a crashed run is kept, unless the object now shows a newer awake
 * value), (2) then to the annotation on the object, (3) only then is it scaled to 0 or suspended.
 * A crash after (1) or (2) leaves an awake object with its original recorded, which the next
 * sleep completes and the next wake clears; a crash after (3) leaves a sleeping object whose
 * original is in both places.
 */
export async function sleepObject(live: LiveObject, ctx: StepContext, dryRun: boolean): Promise<Original> {
  const original: Original =
    live.kind === 'CronJob' ? { suspend: live.suspend ?? false } : { replicas: live.replicas ?? 1 };
  const ref = { kind: live.kind, namespace: ctx.namespace, name: live.name };
  if (!dryRun) {
    const record: SleepRecord = {
      cluster: ctx.writer.cluster,
      ...ref,
      ...original,
      generation: live.generation,
      uid: live.uid,
      sleptAt: ctx.now().toISOString(),
      schedule: ctx.schedule,
    };
    const put = await ctx.store.put(record);
    // The object is awake now, so what it shows is the original; an older record (a crashed run
    // before a human changed it, or an object of the same name deleted since) gives way to it.
    if (!put.stored && (put.record.uid !== live.uid || !sameOriginal(put.record, original))) {
      await ctx.store.delete(put.record);
      await ctx.store.put(record);
    }
    const annotation = originalAnnotation({
      ...original,
      generation: live.generation,
      sleptAt: record.sleptAt,
    });
    if (!live.original || !sameOriginal(live.original, original)) {
      await ctx.writer.annotate(ref, { [SLEEP_ORIGINAL_ANNOTATION]: annotation });
    }
  } else {
    await ctx.writer.annotate(ref, { [SLEEP_ORIGINAL_ANNOTATION]: '{}' }, { dryRun: true });
  }
  if (live.kind === 'CronJob') await ctx.writer.suspendCronJob(ctx.namespace, live.name, true, { dryRun });
  else await ctx.writer.scale(live.kind, ctx.namespace, live.name, 0, { dryRun });
  return original;
}

const sameOriginal = (a: Original, b: Original) => a.replicas === b.replicas && a.suspend === b.suspend;

/** What waking does with one object, decided from its original and the live object. */
export type WakeDecision =
  | { kind: 'restore' }
  /** Nothing to restore: it already shows its original (restored before a crash, or never slept). */
  | { kind: 'awake' }
  /** A human changed it during sleep: left as it is, reported. */
  | { kind: 'changed'; reason: string }
  | { kind: 'gone'; reason: string };

/**
 * Decides how to wake one object. A human change during sleep is never overwritten: replicas no
 * longer 0 (or a CronJob resumed), or a spec changed since sleeping (its generation is past the
 * one sleeping left). Restoring brings it back to exactly its original; clearing the records waits
 * until the object shows it.
 */
export function wakeDecision(sleeping: SleepingObject, live: LiveObject | undefined): WakeDecision {
  if (!live) return { kind: 'gone', reason: `${objectName(sleeping)} no longer exists` };
  if (sleeping.uid && live.uid !== sleeping.uid) {
    return { kind: 'gone', reason: `${objectName(sleeping)} was deleted and created again during sleep` };
  }
  const now: Original = live.kind === 'CronJob' ? { suspend: live.suspend } : { replicas: live.replicas };
  if (sameOriginal(now, sleeping.original)) return { kind: 'awake' };
  const asleep = live.kind === 'CronJob' ? live.suspend === true : live.replicas === 0;
  if (!asleep) {
    return {
      kind: 'changed',
      reason: `${objectName(live)} was changed during sleep (${describeOriginal(now)} now, ${describeOriginal(sleeping.original)} before): left as it is`,
    };
  }
  if (sleeping.generation !== undefined && live.generation > sleeping.generation + 1) {
    return {
      kind: 'changed',
      reason: `${objectName(live)}'s spec was changed during sleep (generation ${live.generation}, sleep left ${sleeping.generation + 1}): not restored; its original was ${describeOriginal(sleeping.original)}`,
    };
  }
  return { kind: 'restore' };
}

/**
 * Wakes one object: restores the original when the decision is `restore`, then removes the
 * annotation, then the state record, so a crash at any point leaves the original recorded until
 * the object shows it (the next wake then sees it `awake` and only clears).
 */
export async function wakeObject(
  sleeping: SleepingObject,
  live: LiveObject | undefined,
  decision: WakeDecision,
  ctx: StepContext,
  dryRun: boolean,
): Promise<void> {
  const ref = { kind: sleeping.kind, namespace: ctx.namespace, name: sleeping.name };
  if (decision.kind === 'restore') {
    if (sleeping.kind === 'CronJob') {
      await ctx.writer.suspendCronJob(ctx.namespace, sleeping.name, sleeping.original.suspend ?? false, {
        dryRun,
      });
    } else {
      await ctx.writer.scale(sleeping.kind, ctx.namespace, sleeping.name, sleeping.original.replicas ?? 1, {
        dryRun,
      });
    }
  }
  if (dryRun) return;
  if (live && decision.kind !== 'gone' && SLEEP_ORIGINAL_ANNOTATION in live.annotations) {
    await ctx.writer.annotate(ref, { [SLEEP_ORIGINAL_ANNOTATION]: null });
  }
  if (sleeping.source !== 'annotation') await ctx.store.delete({ cluster: ctx.writer.cluster, ...ref });
}

/**
 * What of a namespace is asleep: the state's records, and objects whose annotation holds an
 * original the state lost (a record is the first place; the annotation survives a lost table).
 */
export async function sleepingObjects(
  reader: ClusterReader,
  store: SleepStore,
  namespace: string,
): Promise<{ sleeping: SleepingObject[]; live: LiveObject[] }> {
  const [records, live] = await Promise.all([
    store.list({ cluster: reader.cluster, namespace }),
    listLiveObjects(reader, namespace),
  ]);
  const sleeping: SleepingObject[] = records.map((r) => {
    const object = live.find((o) => o.kind === r.kind && o.name === r.name);
    return {
      kind: r.kind as SleepKind,
      name: r.name,
      uid: r.uid,
      original: r.kind === 'CronJob' ? { suspend: r.suspend } : { replicas: r.replicas },
      generation: r.generation,
      source: object?.original && object.uid === r.uid ? 'both' : 'state',
    };
  });
  for (const o of live) {
    if (!o.original || sleeping.some((s) => s.kind === o.kind && s.name === o.name)) continue;
    const original =
      o.kind === 'CronJob' ? { suspend: o.original.suspend } : { replicas: o.original.replicas };
    if (original.replicas === undefined && original.suspend === undefined) continue;
    sleeping.push({
      kind: o.kind,
      name: o.name,
      uid: o.uid,
      original,
      generation: o.original.generation,
      source: 'annotation',
    });
  }
  return { sleeping, live };
}

export { describeOriginal };
