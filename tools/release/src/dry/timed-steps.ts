import { performance } from "node:perf_hooks";

export interface StepTiming {
  name: string;
  ms: number;
}

/** Runs the dry run's steps one after another, printing each as it ends and keeping its time. */
export class TimedSteps {
  readonly timings: StepTiming[] = [];

  async run<T>(name: string, step: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } finally {
      const ms = Math.round(performance.now() - start);
      this.timings.push({ name, ms });
      console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
    }
  }
}
