#!/usr/bin/env node
// Typechecks sst.config.ts and stacks/ against SST's platform types.
//
// SST generates those types with `sst install` (into .sst/platform, gitignored). On a fresh clone this
// script runs it first, offline-safe: SST's own dependency download (pulumi) is skipped, bun comes from
// node_modules, and the platform's npm packages come from the npm registry. Then it removes the nested
// copies of @types/node that the platform brings (they clash with the project's) and runs tsc on
// stacks/tsconfig.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const platform = join(root, '.sst', 'platform');
const configTypes = join(platform, 'config.d.ts');
const say = (text) => process.stdout.write(`typecheck:stacks: ${text}\n`);
const started = Date.now();

function run(command, args, env) {
  say(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function bin(name) {
  const path = join(root, 'node_modules', '.bin', name);
  if (!existsSync(path)) {
    say(`${relative(root, path)} is missing; run npm ci first`);
    process.exit(1);
  }
  return path;
}

/** Every `node_modules/@types/node` at depth >= 3 below the platform's node_modules (never the top one). */
function nestedNodeTypes(dir, depth = 0, found = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink() && !statSync(path, { throwIfNoEntry: false })?.isDirectory()) continue;
    if (depth + 1 >= 3 && path.endsWith(join('node_modules', '@types', 'node'))) {
      found.push(path);
      continue;
    }
    if (!entry.isSymbolicLink()) nestedNodeTypes(path, depth + 1, found);
  }
  return found;
}

if (existsSync(configTypes)) {
  say(`SST platform types present (${relative(root, configTypes)}); skipping sst install`);
} else {
  say('SST platform types missing: running sst install (fetches the platform packages from npm, ~300 MB)');
  const status = run(bin('sst'), ['install', '--stage', process.env.SST_STAGE ?? 'dev'], {
    SST_SKIP_DEPENDENCY_CHECK: '1',
    SST_TELEMETRY_DISABLED: '1',
    SST_BUN_PATH: join(root, 'node_modules', 'bun', 'bin', 'bun.exe'),
  });
  if (status !== 0 || !existsSync(configTypes)) {
    say(`sst install failed (exit ${status}); ${relative(root, configTypes)} was not generated`);
    process.exit(status || 1);
  }
}

// config.d.ts imports ../types.generated, which only `sst dev`/`deploy` write: an empty module stands in.
const generated = join(root, '.sst', 'types.generated.ts');
if (!existsSync(generated)) {
  writeFileSync(generated, 'export {};\n');
  say(`wrote an empty ${relative(root, generated)} (sst dev/deploy generate the real one)`);
}

const nested = nestedNodeTypes(join(platform, 'node_modules'));
for (const path of nested) rmSync(path, { recursive: true, force: true });
say(`removed ${nested.length} nested @types/node cop${nested.length === 1 ? 'y' : 'ies'} from the platform`);

// The project's strict flags (verbatimModuleSyntax, erasableSyntaxOnly, noUncheckedIndexedAccess) stay on
// for our files; SST's platform sources, which the program must include for its globals, do not meet
// them. Their diagnostics are counted and ignored, ours fail the check.
const args = ['--noEmit', '--pretty', 'false', '-p', join('stacks', 'tsconfig.json')];
say(`$ tsc ${args.join(' ')}`);
const tsc = spawnSync(bin('tsc'), args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (tsc.error) throw tsc.error;
const diagnostics = [];
for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
  if (line.trim() === '') continue;
  if (/^\s/.test(line) && diagnostics.length > 0) diagnostics[diagnostics.length - 1].text += `\n${line}`;
  else diagnostics.push({ file: /^(.+?)\(\d+,\d+\): /.exec(line)?.[1], text: line });
}
const inPlatform = (file) => file?.replaceAll('\\', '/').startsWith('.sst/') === true;
const ours = diagnostics.filter((d) => !inPlatform(d.file));
const ignored = diagnostics.length - ours.length;
for (const d of ours) process.stdout.write(`${d.text}\n`);
if (ignored > 0)
  say(`ignored ${ignored} diagnostics inside .sst/platform (SST's sources under our strict flags)`);
if (tsc.status !== 0 && diagnostics.length === 0) {
  say(`tsc failed (exit ${tsc.status}) without diagnostics`);
  process.exit(tsc.status ?? 1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (ours.length > 0) {
  say(`failed: ${ours.length} error(s) in sst.config.ts or stacks/ (${seconds} s)`);
  process.exit(1);
}
say(`ok: sst.config.ts and stacks/ typecheck against SST's platform (${seconds} s)`);
