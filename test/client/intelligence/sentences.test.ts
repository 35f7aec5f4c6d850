import { readSentences } from "../../../src/client/intelligence/sentences";
import { createTranscript } from "../../../src/client/intelligence/transcripts";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";
import { createIntelligenceService } from "../../support/sandboxAccounts";

/** Sentences of a completed transcript in the sandbox: one for each ten seconds of the recording, two speakers taking turns. */
describe("readSentences", () => {
  const on = sandboxPerCase();

  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const completedTranscript = async (recordingSeconds: number) => {
    const serviceSid = await createIntelligenceService(on.sandbox, "support-calls");
    const { sid: recordingSid } = (await on.sandbox.control("POST", "recordings/seed", {
      AccountSid: ACCOUNT_SID,
      Duration: recordingSeconds,
    })) as {
      sid: string;
    };
    const { sid } = await createTranscript(client(), { serviceSid, recordingSid });
    await on.sandbox.clock.advance(3_000);
    return sid;
  };
  const sentenceRequests = () => on.sandbox.requests.filter((request) => request.path.endsWith("/Sentences"));

  it("reads every sentence across pages and writes them as one text, a line each with its time and speaker", async () => {
    const sid = await completedTranscript(30);
    on.sandbox.maxPageSize = 2;
    const result = await readSentences(client(), sid);
    expect(result.sentences[1]).toEqual({
      speaker: 2,
      startTime: 10,
      endTime: 13.5,
      text: "I'd like to move my delivery to Friday.",
      confidence: 0.95,
    });
    expect(result.text).toBe(
      "[00:00] Speaker 1: Thanks for calling, how can I help?\n[00:10] Speaker 2: I'd like to move my delivery to Friday.\n[00:20] Speaker 1: Sure, Friday it is.",
    );
    expect(result.hasMoreSentences).toBe(false);
    expect(sentenceRequests()).toHaveLength(2);
  });

  it("stops at 5000 sentences, saying there are more", async () => {
    const sid = await completedTranscript(50_010);
    const result = await readSentences(client(), sid);
    expect(result.sentences).toHaveLength(5000);
    expect(result.hasMoreSentences).toBe(true);
    expect(sentenceRequests()).toHaveLength(5);
  });
});
