import { ACCOUNT_SID, authTokenConnection, harness } from "../support/harness";
import { signedFormPayload } from "../support/signedWebhook";

const FLOW_NAME = "Incoming SMS";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmln";
// Reading a webhook sends no request, so the connection's base URL is never used.
const UNUSED_BASE_URL = "http://127.0.0.1:9";

/** An incoming message as Twilio posts it, signed with the connection's Auth Token (twilio-node as the oracle). */
function incoming(fields: Record<string, string>) {
  const params = {
    MessageSid: `SM${"7a".repeat(16)}`,
    AccountSid: ACCOUNT_SID,
    From: "+15558675310",
    To: "+15017122661",
    NumMedia: "0",
    ...fields,
  };
  return signedFormPayload(params, { flowName: FLOW_NAME, flowUrl: FLOW_URL });
}

const optOutTypeOf = async (fields: Record<string, string>) => {
  const result = (await harness.trigger("webhook", incoming(fields), { connection: authTokenConnection(UNUSED_BASE_URL) })) as unknown as {
    payload: { optOutType: string | null; signatureVerified: boolean };
  };
  expect(result.payload.signatureVerified).toBe(true);
  return result.payload.optOutType;
};

describe("webhook trigger: opt-outs, opt-ins and help requests", () => {
  it.each([
    ...["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"].map((keyword) => [keyword, "STOP"]),
    ...["START", "YES", "UNSTOP"].map((keyword) => [keyword, "START"]),
    ...["HELP", "INFO"].map((keyword) => [keyword, "HELP"]),
    ["stop", "STOP"],
    ["Unstop", "START"],
    ["  help\n", "HELP"],
  ])("reads the body %j as %s", async (body, expected) => {
    expect(await optOutTypeOf({ Body: body })).toBe(expected);
  });

  it.each(["STOP please", "Please cancel my order", "stop.", "YES!", "", "Yes, please deliver after 5pm."])(
    "does not treat %j as a keyword: only the whole message counts",
    async (body) => {
      expect(await optOutTypeOf({ Body: body })).toBeNull();
    },
  );

  it("takes Twilio's OptOutType when Advanced Opt-Out sends it, custom keywords included", async () => {
    expect(await optOutTypeOf({ Body: "BAJA", OptOutType: "STOP" })).toBe("STOP");
    expect(await optOutTypeOf({ Body: "ALTA", OptOutType: "START" })).toBe("START");
    expect(await optOutTypeOf({ Body: "AYUDA", OptOutType: "HELP" })).toBe("HELP");
  });

  it("says nothing about a delivery-status callback, whatever its fields", async () => {
    expect(await optOutTypeOf({ MessageStatus: "delivered", Body: "STOP" })).toBeNull();
  });
});
