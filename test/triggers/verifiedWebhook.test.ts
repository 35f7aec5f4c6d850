import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { TwilioSignatureError } from "../../src/client/webhooks/signature";
import { readVerifiedWebhook } from "../../src/triggers/verifiedWebhook";
import { AUTH_TOKEN } from "../support/harness";
import { FLOW_URL, form, MESSAGE, payload } from "./support/signedRequest";

const CHECK = { authToken: AUTH_TOKEN, skipVerification: false };

describe("readVerifiedWebhook: refusals name what settles them", () => {
  it("reads a request Twilio signed", () => {
    expect(readVerifiedWebhook(payload({ body: form(MESSAGE) }), CHECK).fields).toEqual(MESSAGE);
  });

  it("refuses to check without an Auth Token, naming the connection field to fill in", () => {
    expect(() => readVerifiedWebhook(payload({ body: form(MESSAGE) }), { skipVerification: false })).toThrow(
      /the connection has no Auth Token to check Twilio's signature with.*"Auth Token \(for webhooks\)"/,
    );
  });

  it("refuses when the flow has no webhook URL to check against, naming the input to set", () => {
    expect(() => readVerifiedWebhook(payload({ body: form(MESSAGE), webhookUrl: null }), CHECK)).toThrow(
      /this flow has no webhook URL to check the signature against\. Set "Public Webhook URL"/,
    );
  });

  it("refuses a signature made with another Auth Token, naming the input that sets the URL Twilio calls", () => {
    const signature = getExpectedTwilioSignature("another-accounts-token", FLOW_URL, MESSAGE);
    expect(() => readVerifiedWebhook(payload({ body: form(MESSAGE), signature }), CHECK)).toThrow(
      new TwilioSignatureError(
        `its X-Twilio-Signature does not match (checked against ${FLOW_URL} with the connection's Auth Token). Either it did not come from Twilio, the Auth Token belongs to another account or was rotated, or Twilio calls a different URL: then set "Public Webhook URL" to exactly the URL configured at Twilio.`,
      ).message,
    );
  });

  it("passes other refusals on as they are", () => {
    expect(() => readVerifiedWebhook(payload({ body: form(MESSAGE), signature: null }), CHECK)).toThrow(
      "Rejected the request to the Twilio webhook trigger: it has no X-Twilio-Signature header, so it did not come from Twilio.",
    );
  });
});
