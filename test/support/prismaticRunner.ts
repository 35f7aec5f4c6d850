import type { ComponentTestHarness } from "@prismatic-io/spectral/dist/testing";
import { harness as sourceHarness } from "./harness";

/**
 * Runs flows the way Prismatic runs them (REFERENCE.md, "Prismatic's execution model"), which
 * spectral's createHarness alone does not: it runs one step with whatever state it is given.
 * - Each execution loads the flow's persisted state when it starts and writes its whole copy back
 *   when it ends, if it changed: nothing is read or written in between, nothing is merged, and
 *   the execution that ends last wins.
 * - A failed execution writes nothing (`stateOnFailure: "discarded"`, the default) or writes like
 *   a successful one (`"kept"`): Prismatic does not document which, so tests run both.
 * - Executions of one flow run concurrently (`concurrency: "parallel"`, the default for webhook
 *   flows) or one at a time in arrival order (`"fifo"`).
 * - A failed execution is retried from its first step, from the state stored at that moment.
 * Steps run through createHarness, so inputs get their defaults and clean functions, and errors
 * go through the component's error hook, as on the platform. Executions interleave wherever a
 * step awaits; `interleaving` makes that happen at every request to a test server.
 */
export type FlowState = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the harness of any component, built from source or from the bundle.
type AnyHarness = ComponentTestHarness<any, any, any, any, any, any, any>;

export interface StepContext {
  /** 1 for an execution's first run, 2 for its first retry, ... */
  attempt: number;
  /** The trigger's output payload (or the invocation's payload when the flow has no trigger). */
  payload: Record<string, unknown>;
  /** A component action run as a step of this execution: the step sees this execution's state, and the state it returns becomes it. */
  action(key: string, inputs: Record<string, unknown>): Promise<{ data?: unknown }>;
}

export type Step = (step: StepContext) => Promise<unknown>;

export interface FlowDefinition {
  /** The component trigger that starts each execution, and its inputs; its state is handled like a step's. */
  trigger?: { key: string; inputs: Record<string, unknown> };
  steps: Step[];
  concurrency?: "parallel" | "fifo";
  stateOnFailure?: "discarded" | "kept";
  /** How many times an invocation runs in all before it is left failed (default 1: no retry). */
  maxAttempts?: number;
  /** The component's harness (default: the source component's). */
  harness?: AnyHarness;
}

export interface InvocationOptions {
  /** The execution fails right after this step (0-based) on its first `times` attempts: a later step that throws. */
  failAfterStep?: { index: number; times: number };
  /** Called as each attempt reaches each step, before it runs: where a test starts a redelivery mid-run. */
  onStep?: (index: number, attempt: number) => void;
}

export interface AttemptRecord {
  attempt: number;
  /** What each step returned, in order, as far as the attempt got. */
  outputs: unknown[];
  error?: Error;
}

export interface Invocation {
  /** The last attempt's step outputs when it succeeded. */
  outputs?: unknown[];
  /** The last attempt's error when every attempt failed. */
  error?: Error;
  attempts: AttemptRecord[];
}

export class InjectedFailure extends Error {
  constructor(index: number, attempt: number) {
    super(`the flow failed after step ${index + 1} (attempt ${attempt}), as the test asked`);
  }
}

export class PrismaticFlow {
  /** The flow's persisted state, as storage holds it between executions. */
  stored: FlowState = {};
  /** Every state write, in order: what the last writer overwrote can be seen here. */
  readonly writes: FlowState[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly harness: AnyHarness;

  constructor(private readonly definition: FlowDefinition) {
    this.harness = definition.harness ?? sourceHarness;
  }

  /** One invocation (a webhook delivery, a schedule tick): its executions, retries included. */
  invoke(payload: Record<string, unknown> = {}, options: InvocationOptions = {}): Promise<Invocation> {
    if (this.definition.concurrency !== "fifo") return this.runWithRetries(payload, options);
    const run = this.queue.then(() => this.runWithRetries(payload, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Several invocations started together, as a burst of webhooks arrives. */
  invokeAll(payloads: Record<string, unknown>[], options: InvocationOptions = {}): Promise<Invocation[]> {
    return Promise.all(payloads.map((payload) => this.invoke(payload, options)));
  }

  private async runWithRetries(payload: Record<string, unknown>, options: InvocationOptions): Promise<Invocation> {
    const attempts: AttemptRecord[] = [];
    const maxAttempts = this.definition.maxAttempts ?? 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const record = await this.execute(payload, attempt, options);
      attempts.push(record);
      if (!record.error) return { outputs: record.outputs, attempts };
    }
    return { error: attempts[attempts.length - 1].error, attempts };
  }

  private async execute(payload: Record<string, unknown>, attempt: number, options: InvocationOptions): Promise<AttemptRecord> {
    const loaded = structuredClone(this.stored);
    let state = structuredClone(loaded);
    const outputs: unknown[] = [];
    // A step's state is what it returns, or else the copy it was given: spectral keeps a polling
    // trigger's state on instanceState.__prismaticInternal, written in place.
    const keep = (given: FlowState, returned: { instanceState?: FlowState } | undefined) => {
      state = structuredClone(returned?.instanceState ?? given);
    };
    try {
      let stepPayload = payload;
      if (this.definition.trigger) {
        const { key, inputs } = this.definition.trigger;
        const given = structuredClone(state);
        const fired = (await this.harness.trigger(key, payload, inputs, { instanceState: given })) as unknown as {
          payload?: Record<string, unknown>;
          instanceState?: FlowState;
        };
        keep(given, fired);
        stepPayload = fired.payload ?? payload;
      }
      const context: StepContext = {
        attempt,
        payload: stepPayload,
        action: async (key, inputs) => {
          const given = structuredClone(state);
          const returned = (await this.harness.action(key, inputs, { instanceState: given })) as {
            data?: unknown;
            instanceState?: FlowState;
          };
          keep(given, returned);
          return returned;
        },
      };
      for (const [index, step] of this.definition.steps.entries()) {
        options.onStep?.(index, attempt);
        outputs.push(await step(context));
        const failure = options.failAfterStep;
        if (failure && failure.index === index && attempt <= failure.times) throw new InjectedFailure(index, attempt);
      }
      this.write(loaded, state);
      return { attempt, outputs };
    } catch (error) {
      if (this.definition.stateOnFailure === "kept") this.write(loaded, state);
      return { attempt, outputs, error: error as Error };
    }
  }

  /** Written only when changed, and then whole: last writer wins. */
  private write(loaded: FlowState, state: FlowState): void {
    if (JSON.stringify(loaded) === JSON.stringify(state)) return;
    this.stored = structuredClone(state);
    this.writes.push(this.stored);
  }
}

/**
 * A test server latency that differs per request (seeded, so a run repeats): concurrent
 * executions then interleave at every request instead of running in lockstep.
 */
export function interleaving(seed: number, maxMs = 15): () => number {
  let value = seed >>> 0 || 1;
  return () => {
    value ^= value << 13;
    value ^= value >>> 17;
    value ^= value << 5;
    return ((value >>> 0) % (maxMs + 1)) | 0;
  };
}
