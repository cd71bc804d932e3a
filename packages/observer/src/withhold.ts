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
  const denied = new Set(namespaces);
  const withheld = new Set<string>();
  const kept = forecasts.filter((f) => {
    if (!f.namespace || !denied.has(f.namespace)) return true;
    withheld.add(f.namespace);
    return false;
  });
  return { forecasts: kept, withheldNamespaces: withheld.size };
}
