/** What the metrics and the cluster say about namespaces: the inputs of the zombie verdict. */

/** Which stretch of history to read about namespaces. */
export type ActivityWindow = {
  /** The moment the verdict is for. */
  end: Date;
  /** How far back to look for the last sign of life (at least the quiet period; default a week). */
  lookbackSeconds: number;
  /** The quiet period: totals and peaks are over the `quietSeconds` before `end`. */
  quietSeconds: number;
  /** Pod network traffic (received + sent, all pods of a namespace) at or under this is quiet. */
  networkQuietBytesPerSecond: number;
  /** Only this namespace; all when unset. */
  namespace?: string;
};

/** One traffic signal of one namespace over the lookback. */
export type SignalActivity = {
  /** The last 5-minute step with traffic (network: above the threshold); undefined when none in the lookback. */
  lastActiveAt?: Date;
  /** Requests (ingress) or the peak bytes per second (network) in the quiet period. */
  quietPeriodValue: number;
};

/** What the metrics say about one namespace. */
export type NamespaceActivity = {
  namespace: string;
  /** `kube_namespace_created`, when kube-state-metrics reports the namespace. */
  createdAt?: Date;
  /** The first hour of the lookback with pod network series in the namespace; undefined without any. */
  historyStart?: Date;
  /** Hours of the lookback with pod network data (gaps do not count). */
  historyHours: number;
  /** ingress-nginx requests to the namespace's Ingresses (`nginx_ingress_controller_requests`). */
  ingressNginx: SignalActivity;
  /** Istio requests to the namespace's services (`istio_requests_total`, reporter destination). */
  ingressIstio: SignalActivity;
  /** Pod network bytes received and sent (`container_network_{receive,transmit}_bytes_total`). */
  network: SignalActivity;
  /** The newest ReplicaSet (`kube_replicaset_created`) or spec change of a Deployment, StatefulSet or DaemonSet (`kube_*_metadata_generation`). */
  lastRolloutAt?: Date;
};

/** Which ingress metrics exist at all in the metrics store (a signal that is not installed is not evidence). */
export type IngressPresence = { nginx: boolean; istio: boolean };

/** The metrics' view of every namespace, plus which ingress controllers report at all. */
export type NamespaceActivityReport = { namespaces: NamespaceActivity[]; present: IngressPresence };

/** What the cluster itself says about a namespace (when a cluster is connected). */
export type NamespaceFacts = {
  namespace: string;
  createdAt: Date;
  /** The newest rollout: a ReplicaSet or ControllerRevision created, or a Deployment's Progressing condition updated. */
  lastRollout?: { at: Date; what: string };
  /** The newest event that says a person or controller changed something (scaling, a rollout). */
  lastChangeEvent?: { at: Date; reason: string; object: string };
  /** Deployments, StatefulSets, DaemonSets and CronJobs in the namespace. */
  workloads: number;
  /** Pods in the namespace. */
  pods: number;
};
