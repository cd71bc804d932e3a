import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommands } from './resp-server.ts';

const encode = (args: string[]) =>
  `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

describe('parseCommands', () => {
  it('parses pipelined RESP arrays and inline commands', () => {
    const { commands, rest } = parseCommands(
      Buffer.from(`${encode(['PING'])}${encode(['INFO', 'memory'])}DBSIZE\r\n`),
    );
    expect(commands).toEqual([['PING'], ['INFO', 'memory'], ['DBSIZE']]);
    expect(rest.length).toBe(0);
  });

  it('keeps an incomplete command for the next chunk', () => {
    const whole = Buffer.from(encode(['SET', 'session:1', 'x'.repeat(40)]));
    for (let cut = 1; cut < whole.length; cut++) {
      const first = parseCommands(whole.subarray(0, cut));
      expect(first.commands).toEqual([]);
      const second = parseCommands(Buffer.concat([first.rest, whole.subarray(cut)]));
      expect(second.commands).toEqual([['SET', 'session:1', 'x'.repeat(40)]]);
    }
  });

  it('round-trips arbitrary arguments, however the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(),
        (commands, split) => {
          const bytes = Buffer.from(commands.map(encode).join(''));
          const cut = split % bytes.length;
          const first = parseCommands(bytes.subarray(0, cut));
          const second = parseCommands(Buffer.concat([first.rest, bytes.subarray(cut)]));
          expect([...first.commands, ...second.commands]).toEqual(commands);
        },
      ),
    );
  });
});
