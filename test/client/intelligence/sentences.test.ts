import { readSentences } from "../../../src/client/intelligence/sentences";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";

const TRANSCRIPT_SID = `GT${"0123456789abcdef".repeat(2)}`;
const SENTENCES_PATH = `/intelligence/v2/Transcripts/${TRANSCRIPT_SID}/Sentences`;

/** A transcript of `total` sentences, two speakers taking turns every 61 seconds, paged by PageToken. */
function sentencesServer(total: number): Promise<LoopbackServer> {
  return startLoopbackServer((req) => {
    if (req.path !== SENTENCES_PATH) return { status: 404, json: { code: 20404, message: "Not found", status: 404 } };
    const pageSize = Number(req.query.get("PageSize"));
    const start = Number(req.query.get("PageToken") ?? 0);
    const sentences = Array.from({ length: Math.max(Math.min(pageSize, total - start), 0) }, (_, i) => ({
      media_channel: ((start + i) % 2) + 1,
      start_time: (start + i) * 61,
      end_time: (start + i) * 61 + 2.5,
      transcript: `Sentence ${start + i}.`,
      confidence: 0.9,
    }));
    const next =
      start + pageSize < total
        ? `https://intelligence.twilio.com/v2/Transcripts/${TRANSCRIPT_SID}/Sentences?PageSize=${pageSize}&PageToken=${start + pageSize}`
        : null;
    return { status: 200, json: { sentences, meta: { next_page_url: next } } };
  });
}

describe("readSentences", () => {
  let server: LoopbackServer;
  afterEach(() => server.close());

  it("reads every sentence across pages and writes them as one text, a line each with its time and speaker", async () => {
    server = await sentencesServer(3);
    const result = await readSentences(getTwilioClient(authTokenConnection(server.url)), TRANSCRIPT_SID);
    expect(result.sentences[1]).toEqual({ speaker: 2, startTime: 61, endTime: 63.5, text: "Sentence 1.", confidence: 0.9 });
    expect(result.text).toBe("[00:00] Speaker 1: Sentence 0.\n[01:01] Speaker 2: Sentence 1.\n[02:02] Speaker 1: Sentence 2.");
    expect(result.hasMoreSentences).toBe(false);
  });

  it("stops at 5000 sentences, saying there are more", async () => {
    server = await sentencesServer(5001);
    const result = await readSentences(getTwilioClient(authTokenConnection(server.url)), TRANSCRIPT_SID);
    expect(result.sentences).toHaveLength(5000);
    expect(result.hasMoreSentences).toBe(true);
    expect(server.requests).toHaveLength(5);
  });
});
