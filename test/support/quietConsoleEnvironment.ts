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
 * Node's test environment with a quiet console: what a test logs (the component's log lines,
 * spectral's harness logger, which writes to the console) is held, and printed under the test's
 * name only when that test or one of its hooks fails. A passing run prints jest's summary only.
 */
export default class QuietConsoleEnvironment extends NodeEnvironment {
  private held: string[] = [];
  private jestConsole?: Console;

  override async setup(): Promise<void> {
    await super.setup();
    const jestConsole = this.global.console;
    // Methods not held (group, time, assert...) still reach jest's console through the prototype.
    const quiet: Console = Object.create(jestConsole);
    for (const method of HELD_METHODS) {
      quiet[method] = (...args: unknown[]) => this.held.push(`console.${method}: ${format(...args)}`);
    }
    this.global.console = quiet;
    this.jestConsole = jestConsole;
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
