import { mkdir, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunctions, type FunctionBundle, heaviestPackages } from '../bundle.ts';
import { clientFeaturesLeftOut } from '../esbuild-plugins.mjs';

const ROOT = join(import.meta.dirname, '../..');
// Inside the repository, so that externals resolve from node_modules as they would in Lambda's runtime.
const OUT = join(ROOT, 'node_modules', '.cache', 'sre-agent-stack-bundles');
/**
 * What a receiver (webhook, chat) must never carry: it authenticates, validates, persists, enqueues.
 * No YAML parser either: functions read the config the deploy rendered as JSON.
 */
const NOT_IN_RECEIVERS =
  /node_modules\/(@kubernetes\/client-node|undici|redis|@redis\/[^/]+|@slack\/web-api|@pinecone-database\/[^/]+|yaml)\/|packages\/(kube|memory|sandbox)\/|packages\/healing\/src\/(pipeline|diagnosis|actions)\//;

/** The module `clientFeaturesLeftOut` gives the client for `specifier`, evaluated. */
async function leftOutModule(specifier: string): Promise<Record<string, unknown>> {
  let load: ((args: { path: string }) => { contents: string }) | undefined;
  await clientFeaturesLeftOut().setup({
    onResolve: () => undefined,
    onLoad: (_options: unknown, callback: typeof load) => {
      load = callback;
    },
  } as never);
  const contents = load?.({ path: specifier }).contents ?? '';
  return import(`data:text/javascript,${encodeURIComponent(contents)}`);
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

let bundles: FunctionBundle[];

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  bundles = await bundleFunctions(ROOT, OUT);
}, 120_000);

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

describe('Lambda bundles (built as SST builds them)', () => {
  it('split every dynamic import into a chunk of its own, so a cold start compiles only what it runs', () => {
    for (const bundle of bundles) {
      expect(bundle.files.length, bundle.name).toBeGreaterThan(1);
      expect(bundle.initialBytes, bundle.name).toBeLessThan(bundle.bytes);
    }
    // The AWS SDK's SSO, STS and sign-in clients (credentials Lambda never needs) are chunks.
    const slack = bundles.find((b) => b.name === 'slack');
    expect(slack?.inputs.some((i) => i.path.includes('@aws-sdk/nested-clients'))).toBe(true);
    expect(slack && slack.initialBytes < slack.bytes - 80 * 1024).toBe(true);
  });

  it('stay within each function budget: receivers 1 MB, every other function 5 MB', () => {
    for (const bundle of bundles) {
      const heaviest = heaviestPackages(bundle).map((p) => `${p.name} ${kb(p.bytes)}`);
      expect(
        bundle.bytes,
        `${bundle.name} is ${kb(bundle.bytes)}; heaviest: ${heaviest.join(', ')}`,
      ).toBeLessThanOrEqual(bundle.spec.budget.bundleBytes);
    }
  });

  it('leave the Kubernetes client, the healing pipeline, the chat clients and YAML out of the receivers', () => {
    const receivers = bundles.filter((b) => b.spec.budget.initMs !== undefined);
    expect(receivers.map((b) => b.name).sort()).toEqual(['alertmanager', 'falco', 'slack']);
    for (const bundle of receivers) {
      expect(
        bundle.inputs.map((i) => i.path).filter((path) => NOT_IN_RECEIVERS.test(path)),
        bundle.name,
      ).toEqual([]);
    }
  });

  it('leave the embedded DynamoDB server out of every bundle', () => {
    for (const bundle of bundles) {
      expect(
        bundle.inputs.filter((i) => /node_modules\/(dynalite|classic-level|level)\//.test(i.path)),
        bundle.name,
      ).toEqual([]);
    }
  });

  it("leave out the Kubernetes client's SOCKS and gcp/azure auth modules, which the agent refuses at start-up", async () => {
    const clients = bundles.filter((b) => b.inputs.some((i) => i.path.includes('@kubernetes/client-node/')));
    expect(clients.map((b) => b.name)).toContain('worker');
    for (const bundle of clients) {
      expect(
        bundle.inputs.filter((i) =>
          /node_modules\/(socks|socks-proxy-agent|jsonpath-plus|ip-address|smart-buffer)\//.test(i.path),
        ),
        bundle.name,
      ).toEqual([]);
    }
    // What stands in for them throws, naming why, if a path the start-up check missed reaches it.
    const stub = await leftOutModule('socks');
    expect(() => (stub.SocksClient as { createConnection: () => void }).createConnection()).toThrow(
      /socks is not bundled: the agent supports no SOCKS proxy and no gcp or azure auth-provider/,
    );
    const jsonPath = (await leftOutModule('jsonpath-plus')).JSONPath as () => void;
    expect(() => jsonPath()).toThrow(/jsonpath-plus is not bundled/);
  });

  it("load Node's built-ins with require, never with a static import (its ESM facade runs every lazy getter)", async () => {
    for (const bundle of bundles) {
      for (const file of bundle.files) {
        const code = await readFile(file, 'utf8');
        // The banner's own imports (`module`, `url`: no lazy getters) are the only ones allowed.
        const imports = [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)]
          .map((match) => match[1] ?? '')
          .filter((specifier) => isBuiltin(specifier) && specifier !== 'module' && specifier !== 'url');
        expect(imports, `${bundle.name}: ${file}`).toEqual([]);
      }
    }
  });

  it('load, each exporting its handler', async () => {
    for (const bundle of bundles) {
      const module = (await import(bundle.file)) as { handler?: unknown };
      expect(typeof module.handler, bundle.name).toBe('function');
    }
  });
});
