#!/usr/bin/env node
// Entry point of the `sre-agent` CLI. The workspace packages export TypeScript source, so the
// CLI runs through tsx's loader; nothing needs building first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);

/**
 * V8 heap settings per command, applied when the process starts (V8 sizes its heap then; later
 * changes do not take). `logs signatures` streams a file of any size through windows of a bounded
 * size, so its live data is small, but with the default young generation (tens of MB on a large
 * machine) and the old generation's lazy growth, garbage alone took its peak to 350 MB on 512,000
 * lines. A 1 MB semi-space and a 160 MB old generation keep it under 200 MB for any input, at no
 * cost in speed (scavenges of a small young generation are cheap).
 */
const HEAP_FLAGS = {
  logs: ['--max-semi-space-size=1', '--max-old-space-size=160'],
};
const command = process.argv[2];
const heapFlags = (command && Object.hasOwn(HEAP_FLAGS, command) ? HEAP_FLAGS[command] : undefined) ?? [];
const missingFlags = heapFlags.filter((flag) => !process.execArgv.includes(flag));

/** Runs this file again on `node` with `flags`, and exits with the child's status. */
async function rerun(node, flags) {
  const child = spawn(node, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // A signal sent to this process (not only Ctrl-C to the terminal's group) must stop the agent too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => {
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  process.exit(code);
}

if (major < REQUIRED_MAJOR) {
  // Started by an older system Node (e.g. `./bin/sre-agent.mjs` outside npm): re-run on the
  // Node 24 that `npm ci` installed into node_modules.
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(
      `sre-agent needs Node ${REQUIRED_MAJOR}+ (this is ${process.version}); run \`npm ci\` first\n`,
    );
    process.exit(1);
  }
  await rerun(local, heapFlags);
} else if (missingFlags.length > 0) {
  await rerun(process.execPath, [...process.execArgv, ...missingFlags]);
}

// `sre-agent memory list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../packages/app/src/cli.ts');
process.exitCode = await main(process.argv);
