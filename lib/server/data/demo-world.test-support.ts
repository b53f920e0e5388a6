// One demo world per describe block of server tests: opened before the block's tests, disposed of after.
import { afterAll, beforeAll } from 'vitest';
import { openDemoWorld, type DemoWorld, type TestDatabase } from './test-databases';

/**
 * The world the block's tests read, filled in before the first of them runs; a `beforeAll` the block adds
 * after this call runs once the world is open.
 */
export function useDemoWorld(database: TestDatabase, { now, timeout = 60_000 }: { now?: Date; timeout?: number } = {}): DemoWorld {
  const world = {} as DemoWorld;
  beforeAll(async () => {
    Object.assign(world, await openDemoWorld(database, now));
  }, timeout);
  afterAll(async () => {
    if ('dispose' in world) await world.dispose();
  });
  return world;
}
