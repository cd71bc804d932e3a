import { NamespaceWithholding } from '@sre-agent/core';
import type { Forecast } from './forecast.ts';

/**
 * The forecasts outside `namespaces` (`policy.denyNamespaces`): a forecast about a denylisted
 * namespace's workload, volume, certificate, HPA, PDB or SLO is dropped, with the action it
 * proposed (`raise-memory-limit`), before a digest is built or anything acts on it;
 * `withheldNamespaces` counts the namespaces that had one, never naming them. Node forecasts
 * (no namespace) stay.
 */
export function withholdNamespaces(
  forecasts: readonly Forecast[],
  namespaces: readonly string[],
): { forecasts: Forecast[]; withheldNamespaces: number } {
  const withholding = new NamespaceWithholding(namespaces);
  const kept = forecasts.filter((f) => withholding.keeps(f.namespace));
  return { forecasts: kept, withheldNamespaces: withholding.withheld };
}
