#!/usr/bin/env node
// Entry point of the `sre-agent` CLI. The workspace packages export TypeScript source, so the
// CLI runs through tsx's loader; nothing needs building first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../packages/app/src/cli.ts');
process.exitCode = await main(process.argv);
