// A bound on how many heavy runs (pdftotext) go at once. Four hostile PDFs from one clerk held both
// cores for 30 s (issue 11): now at most `concurrency` run, the rest wait in order, and a run that
// cannot start within `waitMs` is given up with its own answer rather than left waiting for ever.

export type Queued<T> = { ok: true; value: T } | { ok: false; reason: 'wait-timeout' };

export type RunQueue = {
  run<T>(task: () => Promise<T>): Promise<Queued<T>>;
  /** Runs going now and runs waiting, for the status of the queue. */
  load(): { running: number; waiting: number };
};

export function createRunQueue({ concurrency, waitMs }: { concurrency: number; waitMs: number }): RunQueue {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) next();
  };

  return {
    load: () => ({ running, waiting: waiting.length }),
    run<T>(task: () => Promise<T>): Promise<Queued<T>> {
      const start = async (): Promise<Queued<T>> => {
        running++;
        try {
          return { ok: true, value: await task() };
        } finally {
          release();
        }
      };
      if (running < concurrency) return start();
      return new Promise((resolve) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(start());
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          resolve({ ok: false, reason: 'wait-timeout' });
        }, waitMs);
        waiting.push(turn);
      });
    },
  };
}
