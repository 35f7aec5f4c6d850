import type { FaultKind } from "../../../sandbox";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const TO = "+15558675310";
const FROM = "+15017122661";
const BODY = "Your order #1234 has shipped.";
const SERVICE = `MG${"9".repeat(32)}`;

type Sent = { data: { sid: string; reconciled: boolean; replayed: boolean } };
const send = (server: TestSandbox, inputs: Record<string, unknown> = { from: FROM }) =>
  harness.action("sendSMS", { twilioConnection: authTokenConnection(server.url), to: TO, message: BODY, ...inputs }) as Promise<Sent>;
const posts = (server: TestSandbox) => server.requests.filter((request) => request.method === "POST");

describe("a send whose answer is lost is resolved against the message log, never guessed", () => {
  useInstantWaits();
  let server: TestSandbox;
  afterEach(() => server?.close());
  const serve = async (faults: FaultKind[]) => {
    server = await startTestSandbox({ createFault: (attempt) => faults[attempt] });
  };

  it.each(["500-after", "reset-after", "truncated"] as const)(
    "%s: the message is in the log, so it is the result, marked reconciled, and nothing is sent again",
    async (fault) => {
      await serve([fault]);
      const { data } = await send(server);
      expect(server.created).toHaveLength(1);
      expect(data).toMatchObject({ sid: server.created[0].sid, reconciled: true, replayed: false });
      expect(posts(server)).toHaveLength(1);
    },
  );

  it.each(["500-before", "reset-before"] as const)(
    "%s: the log proves it absent, so it is sent once more, and exactly one message exists",
    async (fault) => {
      await serve([fault]);
      const { data } = await send(server);
      expect(server.created).toHaveLength(1);
      expect(data).toMatchObject({ sid: server.created[0].sid, reconciled: true });
      expect(posts(server)).toHaveLength(2);
    },
  );

  it("a send through a Messaging Service is matched by the service, not by a From", async () => {
    await serve(["500-after"]);
    const { data } = await send(server, { messagingServiceSid: SERVICE });
    expect(server.created).toHaveLength(1);
    expect(data).toMatchObject({ sid: server.created[0].sid, reconciled: true });
  });

  it("an identical message sent minutes earlier is not mistaken for this one: this one is sent", async () => {
    await serve(["500-before"]);
    server.seed({ to: TO, from: FROM, body: BODY }, 600);
    const { data } = await send(server);
    expect(server.created).toHaveLength(1);
    expect(data.sid).toBe(server.created[0].sid);
  });

  it("a message to the same number with other content is not mistaken for this one", async () => {
    await serve(["500-before"]);
    server.seed({ to: TO, from: FROM, body: "Your code is 1234", status: "queued", date_sent: null }, 0);
    const { data } = await send(server);
    expect(server.created).toHaveLength(1);
    expect(data.sid).toBe(server.created[0].sid);
  });

  it("proven absent and the second try lost too: says it may have been sent, after exactly two tries", async () => {
    await serve(["500-before", "500-after"]);
    // The second try's message does exist, but the run cannot know: it must not claim either outcome.
    const error = await failureOf(send(server));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(
      /^The message to \+15558675310 may have been sent: Twilio answered HTTP 500; the log showed no such message/,
    );
    expect(error.message).toContain("check the message log before resending");
    expect(posts(server)).toHaveLength(2);
  });

  it("a refusal (4xx) is not ambiguous: no lookup, no second try", async () => {
    await serve(["refused"]);
    const refused = await failureOf(send(server));
    expect(refused.message).toMatch(/^Twilio error 21211 \(HTTP 400\)/);
    expect(server.requests.map((request) => request.method)).toEqual(["POST"]);
  });

  it("a 429 is retried by the transport and sends exactly once", async () => {
    await serve(["429", "429"]);
    const { data } = await send(server);
    expect(server.created).toHaveLength(1);
    expect(data).toMatchObject({ sid: server.created[0].sid, reconciled: false });
  });
});
