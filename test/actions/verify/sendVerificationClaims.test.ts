import type { FaultKind } from "../../../sandbox";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

const PERSON = "+15558675310";

/**
 * Send Verification with an Idempotency Key claimed in Sync (the default store), when the send
 * reached Twilio but its answer was lost. Verify keeps no list of verifications to search, so the
 * retry cannot prove what happened: it says the code may have been sent, and never sends a second.
 */
describe("Send Verification: a lost answer never sends a second code", () => {
  useInstantWaits();
  let serviceSid: string;
  const on = sandboxPerCase({ latencyMs: interleaving(29, 5) });
  beforeEach(async () => {
    const created = await fetch(`${on.sandbox.url}/verify/v2/Services`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ FriendlyName: "Sign-in" }),
    });
    serviceSid = ((await created.json()) as { sid: string }).sid;
  });

  const verifications = () =>
    on.sandbox.inspect<{ sid: string; to: string }[]>("verifications", ACCOUNT_SID)?.filter((one) => one.to === PERSON) ?? [];
  const sendStep = (step: StepContext) =>
    step.action("sendVerification", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      verifyServiceSid: serviceSid,
      to: PERSON,
      channel: "sms",
      idempotencyKey: "sign-in-8842",
    });
  const loseFirstSendAnswer = (kind: FaultKind) => on.sandbox.faults.set([{ kind, method: "POST", path: "/Verifications$", times: 1 }]);
  const mayHaveBeenSent =
    /^The verification for this idempotency key may have been created by an earlier execution .* Twilio keeps no log of verifications/;

  for (const kind of ["reset-after", "500-after"] as const) {
    for (const stateOnFailure of ["discarded", "kept"] as const) {
      it(`${kind}, state ${stateOnFailure} on failure: the retry says "may have been created" and sends nothing`, async () => {
        loseFirstSendAnswer(kind);
        const flow = new PrismaticFlow({ steps: [sendStep], maxAttempts: 3, stateOnFailure });
        const run = await flow.invoke();

        expect(verifications()).toHaveLength(1);
        expect(run.attempts.map((attempt) => Boolean(attempt.error))).toEqual([true, true, true]);
        expect(run.attempts[1].error?.message).toMatch(mayHaveBeenSent);
        expect(run.error?.message).toMatch(mayHaveBeenSent);
        // A later run with the key says the same: still one code sent.
        expect((await flow.invoke()).error?.message).toMatch(mayHaveBeenSent);
        expect(verifications()).toHaveLength(1);
      });
    }
  }

  it("without a lost answer, a rerun replays the verification it sent", async () => {
    const flow = new PrismaticFlow({ steps: [sendStep], maxAttempts: 2 });
    const first = await flow.invoke({}, { failAfterStep: { index: 0, times: 1 } });

    expect(verifications()).toHaveLength(1);
    expect(first.outputs?.[0]).toMatchObject({ data: { sid: verifications()[0].sid, replayed: true } });
  });

  it("a redelivery running beside the execution whose answer was lost sends no second code", async () => {
    loseFirstSendAnswer("reset-after");
    const flow = new PrismaticFlow({ steps: [sendStep], maxAttempts: 3 });
    const runs = await flow.invokeAll([{}, {}]);

    expect(verifications()).toHaveLength(1);
    for (const run of runs) {
      if (run.outputs) expect(run.outputs[0]).toMatchObject({ data: { sid: verifications()[0].sid, replayed: true } });
      else expect(run.error?.message).toMatch(/may have been created|^Another execution of this flow is creating the verification/);
    }
  }, 30_000);
});
