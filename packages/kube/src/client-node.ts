/**
 * The parts of `@kubernetes/client-node` the agent runs, imported from their own modules: its index
 * also loads exec, attach, port-forward, cp, watch, informers and metrics (WebSockets, tar streams),
 * which no function uses and which the package does not mark free of side effects, so a bundler
 * would keep them all. Types still come from the package's index (`import type` is erased).
 */
import '@kubernetes/client-node/dist/polyfill.js';

export { KubeConfig } from '@kubernetes/client-node/dist/config.js';
export {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  BatchV1Api,
  CoreV1Api,
  CustomObjectsApi,
  createConfiguration,
  NetworkingV1Api,
  PolicyV1Api,
  RbacAuthorizationV1Api,
  ServerConfiguration,
} from '@kubernetes/client-node/dist/gen/index.js';
export { setHeaderOptions } from '@kubernetes/client-node/dist/middleware.js';
export { PatchStrategy } from '@kubernetes/client-node/dist/patch.js';
