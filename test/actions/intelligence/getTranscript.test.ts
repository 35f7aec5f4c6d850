import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { createIntelligenceService } from "../../support/sandboxAccounts";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

describe("Get Transcript on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("reads a transcript as the sandbox keeps it, its sentences once completed; an unknown SID is Twilio's 20404", async () => {
    const serviceSid = await createIntelligenceService(on.sandbox, "support-calls");
    const recordingSid = await recordedCall(on);
    const { sid } = await run("createTranscript", { serviceSid, recordingSid });
    await on.sandbox.clock.advance(3_000);
    const transcript = await run("getTranscript", { sid });
    expect(transcript).toMatchObject({ sid, serviceSid, status: "completed", hasMoreSentences: false });
    expect(transcript.sentences).toHaveLength(1);
    expect(on.sandbox.inspect<{ transcripts: { sid: string }[] }>("intelligence", ACCOUNT_SID)?.transcripts.map((one) => one.sid)).toEqual([
      sid,
    ]);

    const missing = await failureOf(run("getTranscript", { sid: `GT${"f".repeat(32)}` }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });

  it("refuses malformed SIDs before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [["getTranscript", { sid: "GT123" }, "Transcript SID"]]);
  });
});
