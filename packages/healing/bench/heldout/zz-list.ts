import { FOURTH_CASES } from './cases-fourth.ts';
import { runHeldOutCase } from './run.ts';

const only = process.argv[2];
for (const c of FOURTH_CASES) {
  if (only && !c.id.includes(only)) continue;
  const r = await runHeldOutCase(c);
  console.log(
    `${r.acceptable ? 'ok ' : 'BAD'} ${r.harmful ? 'HARM' : '    '} ${c.id.padEnd(44)} ${String(r.pattern).padEnd(36)} ${r.action}`,
  );
}
