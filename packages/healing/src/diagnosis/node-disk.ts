import { parseQuantity } from '../actions/quantity.ts';
import type { DiagnosisCandidate } from './candidate.ts';
import type { EvidenceView } from './evidence-view.ts';

const EPHEMERAL_STORAGE_EVICTION = 'ephemeral-storage-eviction';
const NODE_DISK_PRESSURE = 'node-disk-pressure';

/** The kubelet's eviction message (pkg/kubelet/eviction): what the node kept free and what the container used. */
const LOW_ON_STORAGE = 'The node was low on resource: ephemeral-storage.';
const THRESHOLD = 'Threshold quantity: ';
const USING = ' was using ';
/** A container that used less than this share of the node's threshold did not fill the node. */
const NEGLIGIBLE_SHARE = 0.01;
/**
 * Without the threshold (older kubelets leave it out): the same share of 10 GiB, what the
 * default `nodefs.available<10%` keeps free on a 100 GiB disk.
 */
const USUAL_THRESHOLD = 10 * 1024 ** 3;

/** The quantity that starts at `from`, up to a comma, a space or the end. */
function quantityAt(text: string, from: number): { bytes: number | undefined; text: string } {
  let to = from;
  while (to < text.length && to - from < 24 && text[to] !== ',' && text[to] !== ' ') to++;
  const token = text.slice(from, to);
  return { bytes: parseQuantity(token), text: token };
}

/**
 * What the pod's containers used of the node's disk, when the kubelet's message says it is a
 * negligible share of what the node had to keep free (`Container app was using 48Ki` against a
 * 10 GiB threshold, or against the usual 10 GiB when the message gives none), every container it
 * names counted.
 */
export function negligibleStorageUse(view: EvidenceView): string | undefined {
  for (const m of view.messages) {
    if (m.source !== 'event' || !m.text.includes(LOW_ON_STORAGE)) continue;
    const text = m.text.length > 1024 ? m.text.slice(0, 1024) : m.text;
    const at = text.indexOf(THRESHOLD);
    const threshold = at < 0 ? USUAL_THRESHOLD : quantityAt(text, at + THRESHOLD.length).bytes;
    if (threshold === undefined) continue;
    let used = 0;
    const parts: string[] = [];
    for (let i = text.indexOf(USING); i >= 0; i = text.indexOf(USING, i + USING.length)) {
      const q = quantityAt(text, i + USING.length);
      if (q.bytes === undefined) {
        used = Number.POSITIVE_INFINITY;
        break;
      }
      used += q.bytes;
      parts.push(q.text);
    }
    if (parts.length > 0 && used < threshold * NEGLIGIBLE_SHARE) return parts.join(' + ');
  }
  return undefined;
}

/**
 * An ephemeral-storage eviction says the node ran short of disk, and names the pod that used the
 * most. When that pod used next to nothing and the node reports DiskPressure itself, something else
 * fills the node (images the garbage collector cannot free, another pod's logs, the runtime's own
 * files): the node is the sick part, and draining it goes first. Otherwise the ranking stands.
 */
export function weighStorageEviction(
  ranked: readonly DiagnosisCandidate[],
  view: EvidenceView,
): DiagnosisCandidate[] {
  if (ranked[0]?.patternId !== EPHEMERAL_STORAGE_EVICTION) return [...ranked];
  const node = ranked.find((c) => c.patternId === NODE_DISK_PRESSURE);
  if (!node) return [...ranked];
  const used = negligibleStorageUse(view);
  if (!used) return [...ranked];
  const first: DiagnosisCandidate = {
    ...node,
    summary: `${node.summary} The evicted container used only ${used} of it: what fills the disk is not this pod.`,
  };
  return [first, ...ranked.filter((c) => c !== node)];
}
