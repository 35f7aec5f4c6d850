import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Component } from "@prismatic-io/spectral/dist/serverTypes";
import { componentParts, REPO_ROOT } from "../../scripts/lib/bundle";
import { DEMO_AUTH_TOKEN } from "../../scripts/lib/twilioTarget";
import definedComponent from "../../src";
import { runScript } from "./runScript";

const parts = componentParts(definedComponent as unknown as Component);
const SCRIPT_TIMEOUT_MS = 120_000;

/** The arguments of README's `npm run invoke -- <key> ...` example for a key, split as a POSIX shell would (single quotes only). */
function readmeInvokeExample(key: string): string[] {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const line = readme.split("\n").find((candidate) => candidate.startsWith(`npm run invoke -- ${key} `));
  if (!line) throw new Error(`README.md has no "npm run invoke -- ${key}" example`);
  const command = line.replace(/\s+#.*$/, "").slice("npm run invoke -- ".length);
  return (command.match(/'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^'(.*)'$/, "$1"));
}

describe("npm run invoke", () => {
  it(
    "--help lists every action, trigger and data source of the component",
    async () => {
      const { code, stdout } = await runScript("invoke.ts", ["--help"]);

      expect(code).toBe(0);
      const listedKeys = stdout.split("\n").map((line) => line.match(/^ {2}(\S+) {2,}/)?.[1]);
      expect(listedKeys).toEqual(expect.arrayContaining(parts.map((part) => part.key)));
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "<key> --help lists that action's inputs with label, requirement and default",
    async () => {
      const { code, stdout } = await runScript("invoke.ts", ["listMessages", "--help"]);

      expect(code).toBe(0);
      expect(stdout).toContain("--to");
      expect(stdout).toMatch(/--limit\s+Limit \(string, optional, default "50"\)/);
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "sends a message through the embedded server and prints the step result as JSON",
    async () => {
      const { code, stdout, stderr } = await runScript("invoke.ts", [
        "sendSMS",
        "--to",
        "+15558675310",
        "--from",
        "+15017122661",
        "--message",
        "Hello",
      ]);

      expect(stderr).toContain("embedded Twilio-compatible server");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({
        data: expect.objectContaining({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" }),
      });
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "runs README's Raw Request example as written: {AccountSid} is the connection's, Calls come from the embedded server",
    async () => {
      const { code, stdout, stderr } = await runScript("invoke.ts", readmeInvokeExample("rawRequest"));

      expect(stderr).not.toContain("Error:");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ data: expect.objectContaining({ calls: expect.any(Array) }) });
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "runs README's webhook example as written: the example payload passes the signature check",
    async () => {
      const { code, stdout } = await runScript("invoke.ts", readmeInvokeExample("webhook"));

      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result.payload).toMatchObject({
        signatureVerified: true,
        eventType: "incomingMessage",
        fields: { Body: "Yes, please deliver after 5pm." },
      });
      expect(result.response).toMatchObject({ statusCode: 200, contentType: "text/xml" });
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "prints a bad input's error as the component reports it and exits with 1",
    async () => {
      const { code, stdout, stderr } = await runScript("invoke.ts", ["sendSMS", "--to", "12", "--message", "Hello"]);

      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain('Error: Input "To": expected a phone number in E.164 format');
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "refuses a flag that is not an input of the action, pointing at its help",
    async () => {
      const { code, stderr } = await runScript("invoke.ts", ["getSMS", "--messageSid", "SM123"]);

      expect(code).toBe(2);
      expect(stderr).toContain("Unknown option '--messageSid'");
      expect(stderr).toContain("npm run invoke -- getSMS --help");
    },
    SCRIPT_TIMEOUT_MS,
  );
});

describe("npm start", () => {
  it("tours the built component on the embedded server, step by step, without printing the demo token", async () => {
    const { code, stdout, stderr } = await runScript("start.ts", []);

    expect(stderr).toBe("");
    expect(code).toBe(0);
    for (const step of [
      "1. Send a message",
      "2. Fetch it",
      "3. List messages",
      "4. Call any endpoint",
      "5. A signed webhook",
      "6. The same request signed with another Auth Token is rejected",
    ]) {
      expect(stdout).toContain(step);
    }
    expect(stdout).toContain("signatureVerified: true");
    expect(stdout).toContain("<Response><Message>Thanks! We received your message.</Message></Response>");
    expect(stdout).toContain("its X-Twilio-Signature does not match");
    expect(stdout).toContain("Stopped the embedded server. Tour complete");
    expect(stdout).not.toContain(DEMO_AUTH_TOKEN);
  }, 120_000);
});
