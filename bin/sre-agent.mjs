#!/usr/bin/env node
// Entry point of the `sre-agent` CLI. The workspace packages export TypeScript source, so the
// CLI runs through tsx's loader; nothing needs building first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);

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
  const child = spawn(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // A signal sent to this process (not only Ctrl-C to the terminal's group) must stop the agent too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => {
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  process.exit(code);
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
