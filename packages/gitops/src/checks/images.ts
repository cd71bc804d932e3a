import { containerPath, findingKey, type GitopsFinding, type ProposedFix } from '../finding.ts';
import type { Container, WorkloadObject } from '../objects.ts';
import { defineCheck } from './check.ts';

/** An image reference split as the container runtime reads it. */
export function parseImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const name = tag === undefined ? rest : rest.slice(0, colon);
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** Pins the image to the one digest every running pod resolved it to; a draft when pods disagree or none ran. */
function pinFix(w: WorkloadObject, c: Container, image: string, title: string): ProposedFix {
  const digests = [...new Set(w.runningDigests?.[c.name] ?? [])];
  const [digest] = digests;
  if (digests.length === 1 && digest) {
    return {
      kind: 'edit',
      title,
      edits: [
        { op: 'set', target: w.ref, path: [...containerPath(c.name), 'image'], value: `${image}@${digest}` },
      ],
      derivation: `the digest every running pod of ${w.ref.name} resolved ${image} to (${digest}): what runs today, pinned, so a restart or a new node cannot pull something else`,
    };
  }
  const why =
    digests.length > 1
      ? `the running pods resolved it to ${digests.length} different digests (${digests.join(', ')}): pick the release that should run`
      : 'no running pod reported the digest it resolved the image to (a repository scan): give the release tag or digest that should run';
  return {
    kind: 'draft',
    title: `Draft: pin the image of ${w.ref.name}`,
    todo: `set containers[name=${c.name}].image to a version tag or a digest of ${parseImage(image).name}; ${why}`,
    edits: [
      {
        op: 'comment',
        target: w.ref,
        path: containerPath(c.name),
        text: `sre-agent: pin ${image} to a release tag or digest`,
      },
    ],
  };
}

function forImages(
  workloads: readonly WorkloadObject[],
  check: string,
  judge: (
    w: WorkloadObject,
    c: Container,
    image: string,
  ) => Omit<GitopsFinding, 'key' | 'check' | 'object' | 'container'> | undefined,
): GitopsFinding[] {
  return workloads.flatMap((w) =>
    w.containers.flatMap((c) => {
      if (!c.image) return [];
      const found = judge(w, c, c.image);
      return found
        ? [{ key: findingKey(check, w.ref, c.name), check, object: w.ref, container: c.name, ...found }]
        : [];
    }),
  );
}

export const imageTagMutable = defineCheck({
  id: 'imageTagMutable',
  severity: 'high',
  doc: 'an image without a tag or tagged `latest` (and no digest)',
  run: ({ inventory }) =>
    forImages(inventory.workloads, 'imageTagMutable', (w, c, image) => {
      const { tag, digest } = parseImage(image);
      if (digest || (tag !== undefined && tag !== 'latest')) return undefined;
      return {
        severity: 'high',
        message: `container ${c.name} runs ${image} (${tag === undefined ? 'no tag' : 'the latest tag'})`,
        risk: 'Which code runs depends on when each node pulled the image: pods of one Deployment run different builds, a rollback returns to nothing known, and a restart can pick up an untested release.',
        fix: pinFix(w, c, image, `Fix: pin the image of ${w.ref.name}`),
      };
    }),
});

export const pullAlwaysMutableTag = defineCheck({
  id: 'pullAlwaysMutableTag',
  severity: 'medium',
  doc: '`imagePullPolicy: Always` with a version tag and no digest: every restart may pull a re-pushed tag',
  run: ({ inventory }) =>
    forImages(inventory.workloads, 'pullAlwaysMutableTag', (w, c, image) => {
      const { tag, digest } = parseImage(image);
      // latest and untagged images are imageTagMutable's finding (the same fix).
      if (c.imagePullPolicy !== 'Always' || digest || tag === undefined || tag === 'latest') return undefined;
      return {
        severity: 'medium',
        message: `container ${c.name} pulls ${image} on every start (imagePullPolicy Always, tag not pinned to a digest)`,
        risk: `A tag can be pushed again: with imagePullPolicy Always every restart and every new node pulls whatever ${tag} points to now, so one Deployment silently mixes builds, and a registry outage stops pods from starting.`,
        fix: pinFix(w, c, image, `Fix: pin the image of ${w.ref.name} to its digest`),
      };
    }),
});
