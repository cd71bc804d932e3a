import { describe } from 'vitest';
import { describeStateContract } from '../testing/index.ts';
import { createInMemoryState } from './in-memory-state.ts';

describe('in-memory state', () => {
  describeStateContract((clock) => createInMemoryState({ clock }));
});
