/**
 * `npm run test:live`: opt-in checks of the built component (dist/index.js) against real Twilio.
 *
 * - TWILIO_TEST_ACCOUNT_SID + TWILIO_TEST_AUTH_TOKEN (Twilio's test credentials): a valid send and
 *   the documented refusals of Twilio's magic numbers, for messages and calls. Free.
 * - TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or + TWILIO_API_KEY + TWILIO_API_SECRET), with
 *   TWILIO_LIVE_FROM and TWILIO_LIVE_TO: one real message, read back, redacted and deleted.
 * - Neither: says what to set and exits 0. TWILIO_BASE_URL sends every request elsewhere (a
 *   loopback server in this repository's tests).
 *
 * Each check prints PASS or FAIL as it ends; the exit code is 1 when any failed.
 */
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { ensureBundleBuilt, loadBuiltComponent, seconds } from "./lib/bundle";
import { maskSecrets, stderrLogger } from "./lib/display";
import { type CheckRunner, type RunAction, runLiveChecks, runTestCredentialChecks } from "./lib/liveChecks";
import { type LivePlan, PlanError, planFromEnvironment } from "./lib/livePlan";

const colors = Boolean(process.stdout.isTTY);
const paint = (code: number, text: string) => (colors ? `\u001b[${code}m${text}\u001b[0m` : text);
const LABELS = { pass: paint(32, "PASS"), fail: paint(31, "FAIL"), notRun: paint(33, "----") };

class PrintingRunner implements CheckRunner {
  passed = 0;
  failed = 0;
  notRunCount = 0;

  constructor(private readonly secrets: string[]) {}

  print(line = ""): void {
    process.stdout.write(`${maskSecrets(line, this.secrets)}\n`);
  }

  async check(name: string, run: () => Promise<string>): Promise<boolean> {
    const started = Date.now();
    try {
      const found = await run();
      this.passed++;
      this.print(`  ${LABELS.pass}  ${name}: ${found}  (${seconds(Date.now() - started)})`);
      return true;
    } catch (error) {
      this.failed++;
      this.print(
        `  ${LABELS.fail}  ${name}: ${error instanceof Error ? error.message : String(error)}  (${seconds(Date.now() - started)})`,
      );
      return false;
    }
  }

  notRun(name: string, reason: string): void {
    this.notRunCount++;
    this.print(`  ${LABELS.notRun}  ${name}: not run, ${reason}`);
  }
}

/** Every secret in the environment's credentials: nothing printed may contain one. */
const secrets: string[] = [];

const where = (plan: LivePlan) => (plan.baseUrl ? `${plan.baseUrl} (TWILIO_BASE_URL)` : "https://api.twilio.com");

function printSkipped(plan: LivePlan): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out("Checks against real Twilio: skipped, no credentials for them in the environment.");
  for (const line of plan.notRunning) out(`  ${line}`);
  out("  Optional: TWILIO_TEST_TO (recipient of the test-credential sends), TWILIO_LIVE_WAIT_SECONDS (how long to wait");
  out("  for the live message to be sent and deletable), TWILIO_BASE_URL (another Twilio-compatible server).");
  out("test:live skipped: 0 checks run.");
}

async function main(): Promise<number> {
  const plan = planFromEnvironment(process.env);
  if (!plan.test && !plan.live) {
    printSkipped(plan);
    return 0;
  }

  secrets.push(...(plan.test?.secrets ?? []), ...(plan.live?.secrets ?? []));
  const runner = new PrintingRunner(secrets);
  const started = Date.now();
  ensureBundleBuilt((line) => process.stderr.write(`${line}\n`));
  const harness = createHarness(loadBuiltComponent());
  // The component's own log lines go to stderr, secrets masked, as `npm run invoke` shows them.
  const logger = stderrLogger(secrets);
  const action: RunAction = (key, params) => harness.action(key, params, { logger });

  runner.print("Checks of the built component (dist/index.js) against Twilio, run as Prismatic runs it.");
  if (plan.test) {
    runner.print();
    runner.print(`Test credentials (free): ${plan.test.description} at ${where(plan)}`);
    await runTestCredentialChecks(runner, action, plan.test);
  }
  if (plan.live) {
    const live = plan.live;
    runner.print();
    runner.print(`Live credentials (sends one real message): ${live.description} at ${where(plan)}`);
    const { leftBehind } = await runLiveChecks(runner, action, live, plan.waitMs, (sid) =>
      process.stderr.write(`Sent ${sid}. Should this run stop early, delete it with: npm run invoke -- deleteMessage --sid ${sid}\n`),
    );
    if (leftBehind) runner.print(`  Left behind: ${leftBehind}. Delete it later with: npm run invoke -- deleteMessage --sid ${leftBehind}`);
  }
  for (const line of plan.notRunning) runner.print(`  Not run: ${line}`);

  runner.print();
  const notRun = runner.notRunCount > 0 ? `, ${runner.notRunCount} not run` : "";
  runner.print(`test:live: ${runner.passed} passed, ${runner.failed} failed${notRun} in ${seconds(Date.now() - started)}.`);
  return runner.failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    const text = error instanceof PlanError ? error.message : `npm run test:live failed: ${error.stack ?? error.message}`;
    process.stderr.write(`${maskSecrets(text, secrets)}\n`);
    process.exitCode = error instanceof PlanError ? 2 : 1;
  },
);
