/**
 * Kubernetes names, for targets typed by people (chat commands): a namespace is a DNS label, a
 * workload a DNS subdomain. Anchored and without nested quantifiers: linear on any input.
 */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
