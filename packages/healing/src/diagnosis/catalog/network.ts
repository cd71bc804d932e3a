import type { Pattern } from './types.ts';

/** DNS, TLS and upstream HTTP APIs, as runtimes and HTTP clients report them. */
export const NETWORK_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- DNS
  {
    id: 'dns-not-found',
    title: 'Host name does not resolve',
    category: 'dns',
    match: {
      logs: {
        any: [
          /getaddrinfo ENOTFOUND (?<host>[\w.-]+)/,
          /lookup (?<host>[\w.-]+)(?: on [\d.:[\]]+)?: no such host/,
          /java\.net\.UnknownHostException: (?<host>[\w.-]+)/,
          /Failed to resolve '(?<host>[\w.-]+)' \(\[Errno -[25]\]/,
          /socket\.gaierror: \[Errno -2\] Name or service not known/,
          /Could not resolve host: (?<host>[\w.-]+)/,
          /Name or service not known \((?<host>[\w.-]+):\d+\)/,
          /could not translate host name "(?<host>[\w.-]{1,200})" to address: (?:Name or service not known|nodename nor servname provided|No address associated)/,
          /\bError -[25] connecting to (?<host>[\w.-]{1,200}):\d{1,5}\. (?:Name or service not known|No address associated)/,
          /\b(?:Name or service not known|nodename nor servname provided, or not known|No address associated with hostname)\b/,
          // Proxies and clients that resolve at start-up (HAProxy, Envoy, librdkafka, .NET).
          /\b(?:could not|cannot|can't|unable to|failed to) resolve (?:address|host(?:name)?) ['"]?(?<host>[\w-]{1,63}(?:\.[\w-]{1,63}){0,8})['"]?/i,
          /\bNo such host is known\b[^\n]{0,20}?(?:\((?<host>[\w.-]{1,200}):\d{1,5}\))?/,
        ],
      },
    },
    diagnosis:
      'Host name {host|(see log)} does not resolve (NXDOMAIN): it is misspelt or the Service/record does not exist.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Host {host|(see log)} does not exist in DNS: fix the address in the config or create the Service/record.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check the spelling and namespace (<service>.<namespace>.svc.cluster.local), that the Service exists, and the DNS record for external hosts.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'dns-temporary-failure',
    title: 'DNS resolution failing (temporary)',
    category: 'dns',
    match: {
      logs: {
        any: [
          /Temporary failure in name resolution/,
          /getaddrinfo EAI_AGAIN (?<host>[\w.-]+)/,
          /lookup (?<host>[\w.-]+) on (?<resolver>[\d.]+):53: (?:read udp [^ ]+: i\/o timeout|server misbehaving|dial udp [^ ]+: i\/o timeout)/,
        ],
      },
    },
    diagnosis:
      'DNS lookups[[ of {host}]] fail temporarily (EAI_AGAIN / i/o timeout): the cluster DNS is overloaded or unreachable.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Cluster DNS lookups fail for {workload}: check CoreDNS and node-local DNS.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Check CoreDNS pods and their CPU, conntrack/UDP drops on nodes, NetworkPolicies allowing port 53, and ndots:5 query amplification.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- TLS
  {
    id: 'tls-cert-expired',
    title: 'TLS certificate expired',
    category: 'tls',
    match: {
      logs: {
        any: [
          /x509: certificate has expired or is not yet valid/,
          /\bCERT_HAS_EXPIRED\b/,
          /Error: certificate has expired/,
          /certificate verify failed: certificate has expired/,
          // OpenSSL's wording as Ruby, PHP and curl print it, and the alert a server sends back.
          /\b(?:certificate verify failed \(|SSL certificate problem: )certificate has expired\b/,
          /\b(?:sslv3|tlsv1) alert certificate expired\b/,
          /CertificateExpiredException: NotAfter: (?<notAfter>.{0,40})/,
        ],
      },
    },
    diagnosis: 'A TLS certificate that {workload} checks has expired (or is not valid yet): handshakes fail.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'An expired TLS certificate breaks {workload}: renew it (cert-manager Certificate or upstream).',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Find which endpoint presents it (openssl s_client -connect host:443); renew via cert-manager (kubectl describe certificate) or ask the upstream; check the node clock too.',
    rollout: 'mention',
  },
  {
    id: 'tls-unknown-authority',
    title: 'TLS certificate not trusted',
    category: 'tls',
    match: {
      logs: {
        any: [
          /x509: certificate signed by unknown authority/,
          /PKIX path building failed/,
          /unable to find valid certification path to requested target/,
          /\bSELF_SIGNED_CERT_IN_CHAIN\b|self[- ]signed certificate in certificate chain/,
          /\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b|unable to verify the first certificate/,
          /\bUNABLE_TO_GET_ISSUER_CERT_LOCALLY\b|unable to get local issuer certificate/,
        ],
      },
    },
    diagnosis:
      '{workload} does not trust a TLS certificate it is shown (unknown authority): the CA bundle lacks the issuer.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} does not trust a TLS certificate (unknown CA): add the CA to its trust store or fix the chain.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Mount the internal CA (trust-manager bundle) and point the runtime at it (NODE_EXTRA_CA_CERTS, JVM truststore, SSL_CERT_FILE); or serve the full chain.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'tls-hostname-mismatch',
    title: 'TLS certificate for another host name',
    category: 'tls',
    match: {
      logs: {
        any: [
          /x509: certificate is valid for (?<valid>[^,]+(?:, [^,]+)*?), not (?<host>[\w.-]+)/,
          /ERR_TLS_CERT_ALTNAME_INVALID/,
          /Hostname\/IP does not match certificate's altnames: Host: (?<host>[\w.-]+)/,
          /No subject alternative (?:DNS )?names? matching (?:IP address )?(?<host>[\w.-]+) found/,
        ],
      },
    },
    diagnosis:
      'The TLS certificate presented[[ for {host}]] does not match the host name {workload} connects to.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'TLS host name mismatch for {host|(see log)}: connect by the name in the certificate or reissue it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint: 'Use the host name the certificate was issued for, or add the name to its SANs.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- services inside the cluster
  {
    id: 'grpc-unavailable',
    title: 'gRPC upstream unavailable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /rpc error: code = Unavailable desc = (?<detail>.{0,200})/,
          /\bStatusRuntimeException: UNAVAILABLE: (?<detail>.{0,200})/,
          /\b14 UNAVAILABLE: (?<detail>.{0,200})/,
          /\bStatusCode\.UNAVAILABLE\b/,
        ],
      },
    },
    captures: [
      /dial tcp (?<target>[\w.:[\]-]+): connect: connection refused/,
      /(?<![\w.:-])(?<target>(?:[A-Za-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,10}|\d{1,3}(?:\.\d{1,3}){3}):\d{2,5})(?![\d:])/,
    ],
    diagnosis:
      'A gRPC service that {workload} calls is unavailable[[ ({target})]]: its pods are down or not ready.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'gRPC upstream[[ {target}]] of {workload} is unavailable: check that service (pods, endpoints).',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Find the Service behind the address; check its ready endpoints, recent rollouts and PodDisruptionBudget.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'grpc-deadline-exceeded',
    title: 'gRPC upstream too slow',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /rpc error: code = DeadlineExceeded desc = (?<detail>.{0,200})/,
          /\bDEADLINE_EXCEEDED: (?<detail>.{0,200})/,
        ],
      },
    },
    captures: [
      /\((?<target>[\w.-]+ [\d.]+:\d+)\)/,
      /(?<![\w.:-])(?<target>(?:[A-Za-z][\w-]{0,62}(?:\.[\w-]{1,63}){0,10}|\d{1,3}(?:\.\d{1,3}){3}):\d{2,5})(?![\d:])/,
    ],
    diagnosis:
      'Calls from {workload} to a gRPC service time out (DeadlineExceeded)[[ ({target})]]: the upstream is slow or overloaded.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'gRPC calls from {workload}[[ to {target}]] exceed their deadline: check the upstream latency and load.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'Look at the upstream latency and saturation; check that deadlines and retries are not amplifying the load.',
    rollout: 'mention',
  },
  {
    id: 'dependency-connection-refused',
    title: 'A dependency refuses connections',
    category: 'dependency',
    generic: true,
    match: {
      logs: {
        any: [
          /connect ECONNREFUSED (?<target>[\w.-]+?:\d{2,5})\b/,
          /dial tcp (?<target>[\w.:[\]-]+?:\d{2,5}): connect: connection refused/,
          /java\.net\.ConnectException: Connection refused/,
          /\[Errno 111\] Connection refused/,
          // Rust's std::io::Error, under any client (reqwest, hyper, tonic, redis-rs).
          /\bConnection refused \(os error 111\)/,
          // Erlang and Elixir (gen_tcp, Postgrex, Redix): `tcp connect (host:port): connection refused - :econnrefused`.
          /\btcp connect \((?<target>[\w.-]+:\d{2,5})\): connection refused/,
          /(?<![\w-]):econnrefused\b/,
          // libpq, curl, .NET sockets and most others: the OS's own words.
          /\bConnection refused\b/i,
        ],
      },
    },
    captures: [/(?:tcp connect \(|dial tcp |connect to |ECONNREFUSED )(?<target>[a-z][\w.-]*:\d{2,5})\b/],
    diagnosis:
      '{workload} cannot connect to a dependency[[ at {target}]] (connection refused): it is down or has no ready endpoints.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'A dependency of {workload}[[ ({target})]] refuses connections: check that service; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'Find the Service or host behind the address; check its pods, endpoints and recent changes.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'dependency-connection-timeout',
    title: 'A dependency does not answer connections',
    category: 'dependency',
    generic: true,
    match: {
      logs: {
        any: [
          /\bdial tcp (?<target>[\w.:[\]-]{1,120}?:\d{2,5}): (?:i\/o timeout|connect: connection timed out)/,
          /\bconnect ETIMEDOUT (?<target>[\w.-]{1,120}?:\d{2,5})\b/,
          /java\.net\.(?:SocketTimeoutException: [Cc]onnect timed out|ConnectException: Connection timed out)/,
          /\[Errno 110\] (?:Connection|Operation) timed out/,
          /\bConnection timed out \(os error 110\)/,
        ],
      },
    },
    diagnosis:
      '{workload} cannot open connections to a dependency[[ at {target}]] (connection timed out): the address is unreachable (network policy, security group, wrong IP) or the service is down.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Connections from {workload}[[ to {target}]] time out: check NetworkPolicies, security groups and that the target is up; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.55,
    remediationHint:
      'A timeout (not a refusal) means packets are dropped: a NetworkPolicy, a security group, a stale IP or a node that cannot route; test from the pod with nc -vz.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'database-unreachable',
    title: 'Database unreachable (driver error)',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /error communicating with database: (?<detail>[^\n]{1,160})/,
          /error connecting to (?:the )?(?:server|database): (?<detail>[^\n]{1,160})/,
          /\bP1001: Can't reach database server at (?<target>[^\n]{1,120})/,
          /\bSQLSTATE\[HY000\] \[2002\] (?<detail>[^\n]{1,120})/,
        ],
      },
    },
    diagnosis: '{workload} cannot reach its database[[ at {target}]][[: {detail}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The database of {workload} is unreachable[[ ({detail})]][[ at {target}]]: check that service; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint: 'Check the database pods or RDS instance, the Service endpoints and the connection URL.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'mesh-upstream-connect-error',
    title: 'Service-mesh proxy cannot reach the upstream',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /\bupstream connect error or disconnect\/reset before headers\. (?:retried and the latest )?reset reason: (?<detail>[^\n,]{1,120})/,
          /\bno healthy upstream\b/,
        ],
      },
    },
    diagnosis:
      'Requests from {workload} fail in the Envoy/Istio proxy before reaching the upstream[[ ({detail})]]: the upstream has no ready endpoints or refuses the connection (mTLS mode, port name).',
    actions: [
      {
        kind: 'escalate',
        reason:
          "The mesh proxy of {workload} cannot reach its upstream[[ ({detail})]]: check that service's endpoints, its DestinationRule/PeerAuthentication (mTLS) and port naming.",
      },
    ],
    fixable: false,
    confidence: 0.65,
    remediationHint:
      'istioctl proxy-config endpoints <pod> shows whether the upstream cluster has healthy endpoints; "connection failure" with STRICT mTLS often means a pod without a sidecar.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'smtp-auth-failed',
    title: 'SMTP login rejected',
    category: 'upstream',
    match: {
      logs: {
        any: [
          /\b535[- ]5\.7\.[0-9]+\b/,
          /Username and Password not accepted/,
          /\bSMTP\w*Authentication\w*Error\b/,
        ],
      },
    },
    diagnosis:
      'The mail server rejects the SMTP login of {workload} (535 authentication failed): wrong or revoked credentials.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'SMTP credentials of {workload} are rejected (535): rotate the password or app password in its Secret.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Update the SMTP user/password (or app password) in the Secret; providers revoke passwords after security events.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- upstream HTTP APIs
  {
    id: 'upstream-api-key-revoked',
    title: 'Upstream API rejects the API key',
    category: 'upstream',
    match: {
      logs: {
        any: [
          /\bAPI[ _-]?key (?:has been |was |is )?(?:revoked|invalid|expired|disabled|deactivated)\b/i,
          /\binvalid[ _-]?api[ _-]?key\b/i,
          /\b(?:Incorrect|Invalid) API key provided\b/i,
          /\bAPI[ _-]?key provided\b/i,
          /\b\w*Authentication(?:Error|Exception)\b.*\bAPI[ _-]?key\b/i,
          /\b401\b[^\n]{0,40}\bUnauthori[sz]ed\b/,
          /\bUnauthori[sz]ed\b[^\n]{0,40}\b401\b/,
          /status(?: code)?[=: ]+401\b|"status(?:Code)?":\s*401\b/i,
        ],
      },
    },
    captures: [
      /(?<upstream>https?:\/\/[\w.-]+)/,
      // In order of how much they tell: the first word found anywhere wins.
      /\b(?<keyState>revoked)\b/i,
      /\b(?<keyState>expired)\b/i,
      /\b(?<keyState>disabled|deactivated)\b/i,
      /\b(?<keyState>invalid)\b/i,
    ],
    diagnosis:
      'An upstream API[[ ({upstream})]] rejects the credentials of {workload} (HTTP 401[[, key {keyState}]]): the API key was revoked or is wrong.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The API key {workload} uses was rejected (HTTP 401[[, {keyState}]]): rotate the secret with a valid key; restarts will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Issue a new key at the provider, update the Secret (or Secrets Manager entry) and restart the workload; find out why it was revoked (leak?).',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'upstream-forbidden',
    title: 'Upstream API forbids the request',
    category: 'upstream',
    match: {
      logs: {
        any: [
          /\b403\b[^\n]{0,40}\bForbidden\b/,
          /status(?: code)?[=: ]+403\b|"status(?:Code)?":\s*403\b/i,
          // Service APIs that answer 403 in their own words (Consul, Nomad: an ACL token without the right).
          /\bresponse code:? 403\b/i,
          /\btoken\b[^\n]{0,120}\blacks permission ['"]?(?<permission>[\w:*-]{1,60})/,
          // Google's API clients (`googleapi: Error 403: ...`). Not `HTTP/1.1 403`: that is how a
          // server's access log records a refusal it served.
          /\b[Ee]rror:? 403\b/,
        ],
      },
    },
    captures: [/(?<upstream>https?:\/\/[\w.-]+)/, /\blacks permission ['"]?(?<permission>[\w:*-]{1,60})/],
    diagnosis:
      'An upstream API[[ ({upstream})]] answers HTTP 403 Forbidden to {workload}: its credentials lack a permission[[ ({permission})]].',
    actions: [
      {
        kind: 'escalate',
        reason: 'Upstream API answers 403 to {workload}: grant the permission or fix the credentials.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'Check the scopes/roles of the credentials the workload uses and IP allow-lists at the provider.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'upstream-rate-limited',
    title: 'Upstream API rate limit',
    category: 'upstream',
    match: {
      logs: {
        any: [
          /\b429\b[^\n]{0,40}\bToo Many Requests\b/i,
          /status(?: code)?[=: ]+429\b|"status(?:Code)?":\s*429\b/i,
          /\brate[ -]limit(?:ed| exceeded)\b/i,
          // ACME (RFC 8555) servers answer 429 with this problem type: cert-manager, Caddy, Traefik, lego, certbot.
          /\burn:(?:ietf:params:)?acme:error:rateLimited\b/,
        ],
      },
    },
    captures: [/(?<upstream>https?:\/\/[\w.-]+)/],
    diagnosis: 'An upstream API[[ ({upstream})]] rate-limits {workload} (HTTP 429 Too Many Requests).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Upstream API rate-limits {workload} (429): reduce the call rate or raise the quota; scaling up makes it worse.',
      },
    ],
    fixable: false,
    confidence: 0.65,
    remediationHint: 'Add backoff with jitter and caching, or raise the quota; more replicas make it worse.',
    rollout: 'mention',
  },
  {
    id: 'dns-forwarding-loop',
    title: 'DNS server forwards to itself (forwarding loop)',
    category: 'dns',
    match: {
      logs: {
        any: [
          /\b(?:forward(?:ing|er)?|resolv(?:er|ing|ution)|recursi(?:on|ve)|DNS|upstream) (?:query )?loops? (?:detected|found)\b/i,
          // A loop reported for a DNS zone or resolver, whatever sits between (the path it took).
          /\bloop\b[^\n]{0,80}?\bdetected\b[^\n]{0,30}?\b(?:zone|resolv\.conf|nameservers?|forward(?:er|ing)?|upstream DNS)\b/i,
        ],
      },
    },
    captures: [/\b[Ll]oop \((?<path>[\w.:[\] >-]{1,80})\) detected\b/],
    diagnosis:
      'The DNS server in {container} forwards queries back to itself[[ ({path})]]: its upstream (forward / resolv.conf) points at a local resolver that sends them back, and it stops.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'DNS forwarding loop in {workload}: the upstream it forwards to (often the node resolv.conf naming 127.0.0.53 or itself) sends queries back. Point the forwarder at a real upstream (or the kubelet --resolv-conf at the real file); restarts and more memory do not help.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Check the forward / upstream setting and the node resolv.conf it inherits (systemd-resolved stub 127.0.0.53: point kubelet --resolv-conf at /run/systemd/resolve/resolv.conf), then restart the DNS pods.',
    rollout: 'blame-if-config-changed',
  },
];
