import type { SyntheticNamespace } from './synthetic-namespaces.ts';

/** One OpenMetrics series: its label text, sample times (epoch seconds) and values (undefined: no sample). */
export type FamilySeries = { labels: string; times: number[]; sample: (i: number) => number | undefined };
export type Family = { name: string; series: FamilySeries[] };

function labels(pairs: Record<string, string>): string {
  return `{${Object.entries(pairs)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;
}

/** A counter scraped at second 30 of every minute: sample j holds the increments of the minutes before j. */
function counter(
  ns: SyntheticNamespace,
  pairs: Record<string, string>,
  perMinute: (k: number) => number,
): FamilySeries {
  const times = Array.from(
    { length: ns.networkBytesPerSecond.length },
    (_, k) => ns.startEpochSeconds + k * 60 + 30,
  );
  let value = 0;
  return {
    labels: labels(pairs),
    times,
    sample: (j) => {
      const current = value;
      value += perMinute(j);
      return Math.round(current);
    },
  };
}

// The scrape jobs' own labels, as kube-prometheus-stack attaches them.
const CADVISOR_JOB = { job: 'kubelet', metrics_path: '/metrics/cadvisor' };
const KSM_JOB = { job: 'kube-state-metrics' };

/**
 * The series a namespace's traffic leaves in Prometheus: cAdvisor pod network counters (40% received,
 * 60% sent, spread over its pods), ingress-nginx requests as scraped from the controller (the
 * Ingress's namespace in `exported_namespace`), Istio requests as the destination reports them,
 * and the kube-state-metrics namespace, ReplicaSet and Deployment-generation series.
 */
export function namespaceFamilies(
  namespaces: readonly SyntheticNamespace[],
  ksmTimes: readonly number[],
): Family[] {
  const ksm = (
    ns: SyntheticNamespace,
    pairs: Record<string, string>,
    value: (t: number) => number | undefined,
  ) => {
    const times = ksmTimes.filter((t) => t >= (ns.createdAtEpochSeconds ?? 0));
    return {
      labels: labels({ ...pairs, ...KSM_JOB }),
      times,
      sample: (i: number) => value(times[i] as number),
    };
  };
  const network = (share: number) =>
    namespaces.flatMap((ns) =>
      ns.pods.map((pod) =>
        counter(
          ns,
          { namespace: ns.namespace, pod, interface: 'eth0', ...CADVISOR_JOB },
          (k) => ((ns.networkBytesPerSecond[k] as number) * 60 * share) / ns.pods.length,
        ),
      ),
    );
  const requests = (pick: 'nginxRequests' | 'istioRequests', pairs: (ns: string) => Record<string, string>) =>
    namespaces.flatMap((ns) => {
      const series = ns[pick];
      if (!series || !Array.from(series).some((v) => v > 0)) return [];
      return [counter(ns, pairs(ns.namespace), (k) => series[k] as number)];
    });
  return [
    { name: 'container_network_receive_bytes_total', series: network(0.4) },
    { name: 'container_network_transmit_bytes_total', series: network(0.6) },
    {
      name: 'nginx_ingress_controller_requests',
      series: requests('nginxRequests', (ns) => ({
        namespace: 'ingress-nginx',
        exported_namespace: ns,
        ingress: 'web',
        controller_class: 'k8s.io/ingress-nginx',
        status: '200',
      })),
    },
    {
      name: 'istio_requests_total',
      series: requests('istioRequests', (ns) => ({
        namespace: ns,
        reporter: 'destination',
        destination_service_namespace: ns,
        destination_service_name: 'web',
        response_code: '200',
      })),
    },
    {
      name: 'kube_namespace_created',
      series: namespaces.map((ns) => ksm(ns, { namespace: ns.namespace }, () => ns.createdAtEpochSeconds)),
    },
    {
      name: 'kube_replicaset_created',
      series: namespaces.flatMap((ns) =>
        (ns.replicaSetsCreatedEpochSeconds ?? []).map((created, i) =>
          ksm(ns, { namespace: ns.namespace, replicaset: `app-${i}` }, (t) =>
            t >= created ? created : undefined,
          ),
        ),
      ),
    },
    {
      name: 'kube_deployment_metadata_generation',
      series: namespaces.map((ns) =>
        ksm(
          ns,
          { namespace: ns.namespace, deployment: 'app' },
          (t) => 1 + (ns.specChangesEpochSeconds ?? []).filter((c) => c <= t).length,
        ),
      ),
    },
  ];
}
