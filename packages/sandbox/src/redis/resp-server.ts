import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import type { Environment } from '../engine/environment.ts';

/** The environment fact a full cache sets. */
export const CACHE_FULL_FACT = 'cacheFull';

const MAXMEMORY = 268_435_456;
const FULL_KEYS = 412_873;

type Reply = string;

const simple = (text: string): Reply => `+${text}\r\n`;
const error = (text: string): Reply => `-${text}\r\n`;
const integer = (n: number): Reply => `:${n}\r\n`;
const bulk = (text: string | null): Reply =>
  text === null ? '$-1\r\n' : `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
const array = (items: Reply[]): Reply => `*${items.length}\r\n${items.join('')}`;

/** Parses complete RESP commands (arrays of bulk strings, or inline commands) from `buffer`. */
export function parseCommands(buffer: Buffer): { commands: string[][]; rest: Buffer } {
  const commands: string[][] = [];
  let offset = 0;
  const lineEnd = (from: number) => buffer.indexOf('\r\n', from);
  while (offset < buffer.length) {
    if (buffer[offset] === 0x2a /* * */) {
      const end = lineEnd(offset);
      if (end < 0) break;
      const count = Number(buffer.toString('utf8', offset + 1, end));
      let cursor = end + 2;
      const args: string[] = [];
      let complete = true;
      for (let i = 0; i < count; i++) {
        if (buffer[cursor] !== 0x24 /* $ */) {
          complete = false;
          break;
        }
        const lenEnd = lineEnd(cursor);
        if (lenEnd < 0) {
          complete = false;
          break;
        }
        const length = Number(buffer.toString('utf8', cursor + 1, lenEnd));
        if (lenEnd + 2 + length + 2 > buffer.length) {
          complete = false;
          break;
        }
        args.push(buffer.toString('utf8', lenEnd + 2, lenEnd + 2 + length));
        cursor = lenEnd + 2 + length + 2;
      }
      if (!complete || args.length !== count) break;
      commands.push(args);
      offset = cursor;
    } else {
      const end = lineEnd(offset);
      if (end < 0) break;
      const line = buffer.toString('utf8', offset, end).trim();
      if (line) commands.push(line.split(/\s+/));
      offset = end + 2;
    }
  }
  return { commands, rest: buffer.subarray(offset) };
}

/**
 * A tiny RESP endpoint standing in for the scenario's cache (an ElastiCache Redis): PING, INFO
 * memory, DBSIZE, FLUSHALL/FLUSHDB, GET/SET/DEL and the handshake commands clients send. While
 * the environment fact `cacheFull` (or `options.fact`) holds it reports used memory at `maxmemory` and rejects
 * writes with Redis' OOM error; FLUSHALL/FLUSHDB clear the fact.
 */
export async function startRespServer(
  environment: Environment,
  options: { port?: number; fact?: string } = {},
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const keys = new Map<string, string>();
  const sockets = new Set<Socket>();
  const protocols = new WeakMap<Socket, number>();
  const fact = options.fact ?? CACHE_FULL_FACT;
  const full = () => environment.get(fact);
  const dbsize = () => (full() ? FULL_KEYS : 0) + keys.size;
  const usedMemory = () => (full() ? MAXMEMORY + 1_048_576 : 1_153_024 + keys.size * 96);
  const human = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)}M`;

  const info = (section: string | undefined): string => {
    const memory = [
      '# Memory',
      `used_memory:${usedMemory()}`,
      `used_memory_human:${human(usedMemory())}`,
      `used_memory_peak:${MAXMEMORY + 1_048_576}`,
      `maxmemory:${MAXMEMORY}`,
      `maxmemory_human:${human(MAXMEMORY)}`,
      'maxmemory_policy:noeviction',
      `mem_fragmentation_ratio:1.08`,
    ];
    const server = [
      '# Server',
      'redis_version:7.1.0',
      'redis_mode:standalone',
      'os:Amazon ElastiCache',
      'tcp_port:6379',
    ];
    const keyspace = [
      '# Keyspace',
      ...(dbsize() > 0 ? [`db0:keys=${dbsize()},expires=${full() ? 1204 : 0},avg_ttl=0`] : []),
    ];
    const stats = ['# Stats', `evicted_keys:0`, `rejected_connections:0`];
    const sections: Record<string, string[]> = { memory, server, keyspace, stats };
    const chosen = section
      ? (sections[section.toLowerCase()] ?? [])
      : [...server, '', ...memory, '', ...stats, '', ...keyspace];
    return `${chosen.join('\r\n')}\r\n`;
  };

  const execute = (args: string[], socket: Socket): Reply => {
    const [name = '', ...rest] = args;
    switch (name.toUpperCase()) {
      case 'PING':
        return rest[0] !== undefined ? bulk(rest[0]) : simple('PONG');
      case 'ECHO':
        return bulk(rest[0] ?? '');
      case 'AUTH':
      case 'SELECT':
      case 'READONLY':
        return simple('OK');
      case 'CLIENT':
        return (rest[0] ?? '').toUpperCase() === 'ID'
          ? integer(7)
          : (rest[0] ?? '').toUpperCase() === 'GETNAME'
            ? bulk(null)
            : simple('OK');
      case 'HELLO': {
        const version = Number(rest[0] ?? '2');
        if (version !== 2 && version !== 3) return error('NOPROTO unsupported protocol version');
        protocols.set(socket, version);
        const fields: [string, Reply][] = [
          ['server', bulk('redis')],
          ['version', bulk('7.1.0')],
          ['proto', integer(version)],
          ['id', integer(7)],
          ['mode', bulk('standalone')],
          ['role', bulk('master')],
          ['modules', array([])],
        ];
        if (version === 3) return `%${fields.length}\r\n${fields.map(([k, v]) => bulk(k) + v).join('')}`;
        return array(fields.flatMap(([k, v]) => [bulk(k), v]));
      }
      case 'COMMAND':
        return array([]);
      case 'INFO':
        return bulk(info(rest[0]));
      case 'DBSIZE':
        return integer(dbsize());
      case 'FLUSHALL':
      case 'FLUSHDB':
        keys.clear();
        environment.set(fact, false);
        return simple('OK');
      case 'GET': {
        const value = keys.get(rest[0] ?? '');
        return value === undefined && protocols.get(socket) === 3 ? '_\r\n' : bulk(value ?? null);
      }
      case 'SET':
        if (full()) return error("OOM command not allowed when used memory > 'maxmemory'.");
        keys.set(rest[0] ?? '', rest[1] ?? '');
        return simple('OK');
      case 'DEL': {
        let removed = 0;
        for (const key of rest) if (keys.delete(key)) removed++;
        return integer(removed);
      }
      case 'CONFIG':
        if ((rest[0] ?? '').toUpperCase() === 'GET' && rest[1] === 'maxmemory')
          return array([bulk('maxmemory'), bulk(String(MAXMEMORY))]);
        return array([]);
      case 'QUIT':
        socket.end(simple('OK'));
        return '';
      default:
        return error(
          `ERR unknown command '${name}', with args beginning with: ${rest.map((a) => `'${a}'`).join(' ')}`,
        );
    }
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      const { commands, rest } = parseCommands(pending);
      pending = Buffer.from(rest);
      for (const command of commands) {
        const reply = execute(command, socket);
        if (reply && !socket.destroyed && socket.writable) socket.write(reply);
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
