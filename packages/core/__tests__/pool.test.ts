import { describe, expect, it } from '@jest/globals';
import { createLimit, mapLimit } from '../src/pool.js';

const tick = () => new Promise((done) => setImmediate(done));

describe('createLimit', () => {
  it('never runs more than `size` tasks at once and runs them in FIFO order', async () => {
    const limit = createLimit(3);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const gates: Array<() => void> = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      limit(async () => {
        started.push(i);
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((done) => gates.push(done));
        active--;
        return i * 2;
      }),
    );
    while (started.length < 10) {
      await tick();
      expect(active).toBeLessThanOrEqual(3);
      gates.shift()?.();
    }
    gates.forEach((open) => open());
    expect(await Promise.all(tasks)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(peak).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a failing or synchronously throwing task rejects only itself and frees its slot', async () => {
    const limit = createLimit(1);
    const failing = limit(async () => {
      throw new Error('boom');
    });
    const throwing = limit((() => {
      throw new Error('sync');
    }) as () => Promise<never>);
    const fine = limit(async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwing).rejects.toThrow('sync');
    await expect(fine).resolves.toBe('ok');
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => createLimit(0)).toThrow(RangeError);
    expect(() => createLimit(1.5)).toThrow(RangeError);
  });

  it('mapLimit keeps input order', async () => {
    const out = await mapLimit([30, 10, 20], 2, async (ms, i) => {
      await new Promise((done) => setTimeout(done, ms));
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:10', '2:20']);
  });
});
