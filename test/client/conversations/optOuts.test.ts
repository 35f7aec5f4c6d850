import { OptedOutError, refuseOptedOutParticipants } from "../../../src/client/conversations/optOuts";
import type { ParticipantRecord } from "../../../src/client/conversations/records";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { messageSid, sandboxPerCase } from "../../support/sandbox";

const PROXY = "+15017122661";

/** Opt-outs read from the account's message log on the sandbox (2010-04-01, spec-checked). */
describe("refuseOptedOutParticipants", () => {
  let sent = 0;
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const participant = (address: string | null, identity: string | null = null) =>
    ({ sid: `MB${address ?? identity}`, address, proxyAddress: address ? PROXY : null, identity }) as ParticipantRecord;
  const texted = (from: string, body: string, to = PROXY) =>
    on.sandbox.addMessage({ sid: messageSid(++sent), direction: "inbound", from, to, body, sentAt: Date.now() - 60_000 + sent * 1_000 });

  it("lets a message go to participants who never texted STOP, asking only about SMS and WhatsApp participants", async () => {
    texted("+15558675310", "Thanks!");
    await refuseOptedOutParticipants(client(), [participant("+15558675310"), participant(null, "agent.jane")]);
    const reads = on.sandbox.requests.filter((request) => request.path.endsWith("/Messages.json"));
    expect(reads).toHaveLength(1);
    expect([reads[0].query.get("From"), reads[0].query.get("To")]).toEqual(["+15558675310", PROXY]);
  });

  it("refuses the whole message when a participant's latest keyword to the proxy is STOP, naming them with Twilio's code", async () => {
    texted("+15558675310", "STOP");
    texted("+15558675311", "stop");
    texted("+15558675312", "Hello");
    const error = await failureOf(
      refuseOptedOutParticipants(client(), [participant("+15558675312"), participant("+15558675311"), participant("+15558675310")]),
    );
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(
      /^Not sent: \+15558675310, \+15558675311 opted out of messages from this conversation's number \(Twilio error 21610\)/,
    );
    expect(error).toBeInstanceOf(OptedOutError);
    expect((error as OptedOutError).addresses).toEqual(["+15558675310", "+15558675311"]);
    expect((error as TwilioApiError).details).toMatchObject({ code: 21610 });
  });

  it("a START after the STOP opts the participant back in; a STOP to another number does not count", async () => {
    texted("+15558675310", "STOP");
    texted("+15558675310", "START");
    texted("+15558675311", "STOP", "+15017122662");
    await refuseOptedOutParticipants(client(), [participant("+15558675310"), participant("+15558675311")]);
  });
});
