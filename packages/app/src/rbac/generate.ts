import type { Config } from '@sre-agent/core';
import { admissionManifests } from './admission.ts';
import { type ManifestFile, rbacManifests, selectCluster } from './rbac-manifests.ts';
import { renderManifestFile } from './render.ts';
import { sleepAdmissionFile, sleepRbacFile } from './sleep-manifests.ts';

/** The generated files, by path under the output directory (`rbac/…`, `admission/…`), as text. */
export type GeneratedAccess = { files: Map<string, string>; manifests: ManifestFile[]; warnings: string[] };

/**
 * Everything the agent needs in a cluster, derived from the action registry and the config: RBAC
 * (deploy/rbac) and the admission policies that bound its writes (deploy/admission).
 *
 * @example
 * const { files, warnings } = generateAccessManifests(config, { cluster: 'prod-eu-1' });
 */
export function generateAccessManifests(config: Config, options: { cluster?: string } = {}): GeneratedAccess {
  const cluster = selectCluster(config, options.cluster);
  const rbac = rbacManifests(config, cluster);
  const sleep = sleepRbacFile(config, cluster);
  const manifests = [
    ...rbac.files,
    ...(sleep ? [sleep] : []),
    admissionManifests(config),
    sleepAdmissionFile(config),
  ];
  return {
    files: new Map(manifests.map((file) => [file.path, renderManifestFile(file)])),
    manifests,
    warnings: rbac.warnings,
  };
}
