// A bounded pool for concurrent work (HTTP reads, OSV lookups): at most `size` tasks run at once,
// the rest wait in FIFO order. A failing task rejects only its own promise.

export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimit(size: number): Limit {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active--;
    const next = waiting.shift();
    if (next) {
      active++;
      next();
    }
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        // Promise.resolve().then: a task that throws synchronously still releases its slot.
        Promise.resolve().then(task).then(resolve, reject).finally(release);
      };
      if (active < size) {
        active++;
        start();
      } else {
        waiting.push(start);
      }
    });
}

/** Map `items` through `fn` with at most `size` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limit = createLimit(size);
  return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}
