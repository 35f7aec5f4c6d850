import { recentMessageChoices } from "../../../src/client/messages/choices";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { messageSid, sandboxPerCase } from "../../support/sandbox";

const US = "+15017122661";
const JANE = "+15558675310";
const JOE = "+15558675311";
const DAY = Date.UTC(2026, 10, 20);
const HOUR = 3_600_000;

/** The message picker, against the sandbox's message log (2010-04-01, spec-checked). */
describe("recentMessageChoices", () => {
  const on = sandboxPerCase();

  it("labels recent messages with when, who and the start of the text, newest first", async () => {
    on.sandbox.addMessage({ sid: messageSid(1), direction: "outbound-api", from: US, to: JANE, body: "Short", sentAt: DAY + HOUR });
    on.sandbox.addMessage({
      sid: messageSid(2),
      direction: "outbound-api",
      from: US,
      to: JOE,
      body: "Your order #1234 has shipped and will arrive\non Tuesday",
      sentAt: DAY + 2 * HOUR,
    });
    on.sandbox.addMessage({ sid: messageSid(3), direction: "inbound", from: JANE, to: US, body: "  ", sentAt: DAY });
    expect(await recentMessageChoices(getTwilioClient(authTokenConnection(on.sandbox.url)))).toEqual([
      { key: messageSid(2), label: `2026-11-20 02:00 · ${US} → ${JOE} · Your order #1234 has shipped and will ar…` },
      { key: messageSid(1), label: `2026-11-20 01:00 · ${US} → ${JANE} · Short` },
      { key: messageSid(3), label: `2026-11-20 00:00 · ${JANE} → ${US} · (no text)` },
    ]);
  });
});
