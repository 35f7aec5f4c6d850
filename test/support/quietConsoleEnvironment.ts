import asyncHooks from "node:async_hooks";
import { format } from "node:util";
import NodeEnvironment from "jest-environment-node";

const HELD_METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const;

/** The few jest-circus events this environment reacts to. */
interface TestEvent {
  name: string;
  test?: { name: string; errors: unknown[]; parent?: { name: string; parent?: unknown } };
  hook?: { type: string };
}

/**
 * The sandbox's parsed Twilio specs and compiled validators (sandbox/core/contract.ts), kept for
 * every test file this worker runs: parsing and compiling them per file was a sixth of the suite's CPU.
 */
const contractCache = { specs: new Map(), validators: new WeakMap() };

/**
 * Node's test environment with a quiet console: what a test logs (the component's log lines,
 * spectral's harness logger, which writes to the console) is held, and printed under the test's
 * name only when that test or one of its hooks fails. A passing run prints jest's summary only.
 *
 * It also keeps a worker as fast at its last test file as at its first. spectral and jest-circus
 * each create AsyncLocalStorage instances when a file loads them, and an instance that has run
 * stays enabled for the worker's lifetime: every promise of every later file then carries the
 * stores of every earlier one. The instances a file created are disabled when it ends.
 */
export default class QuietConsoleEnvironment extends NodeEnvironment {
  private held: string[] = [];
  private jestConsole?: Console;
  private readonly storages: InstanceType<typeof asyncHooks.AsyncLocalStorage>[] = [];
  private readonly UntrackedStorage = asyncHooks.AsyncLocalStorage;

  override async setup(): Promise<void> {
    await super.setup();
    this.global[Symbol.for("twilio-sandbox.contract-cache")] = contractCache;
    const storages = this.storages;
    asyncHooks.AsyncLocalStorage = class<T> extends this.UntrackedStorage<T> {
      constructor() {
        super();
        storages.push(this);
      }
    };
    const jestConsole = this.global.console;
    // Methods not held (group, time, assert...) still reach jest's console through the prototype.
    const quiet: Console = Object.create(jestConsole);
    for (const method of HELD_METHODS) {
      quiet[method] = (...args: unknown[]) => this.held.push(`console.${method}: ${format(...args)}`);
    }
    this.global.console = quiet;
    this.jestConsole = jestConsole;
  }

  override async teardown(): Promise<void> {
    asyncHooks.AsyncLocalStorage = this.UntrackedStorage;
    for (const storage of this.storages.splice(0)) storage.disable();
    await super.teardown();
  }

  handleTestEvent(event: TestEvent): void {
    if (event.name === "test_start") this.held = [];
    else if (event.name === "test_done" && event.test && event.test.errors.length > 0) this.release(`"${fullName(event.test)}" failed`);
    else if (event.name === "hook_failure") this.release(`a ${event.hook?.type ?? ""} hook failed`);
  }

  private release(what: string): void {
    if (this.held.length > 0) this.jestConsole?.log(`${what}; what it logged:\n${this.held.join("\n")}`);
    this.held = [];
  }
}

function fullName(test: NonNullable<TestEvent["test"]>): string {
  const names = [test.name];
  for (let block = test.parent; block && block.name !== "ROOT_DESCRIBE_BLOCK"; block = block.parent as typeof block)
    names.unshift(block.name);
  return names.join(" › ");
}
