import { DEMO_AUTH_TOKEN } from "../../scripts/lib/twilioTarget";
import { buildBundleIfStale, runScript } from "./runScript";

beforeAll(buildBundleIfStale, 180_000);

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
