import { TwilioHttpClient } from "../../../src/client/transport/httpClient";
import { isRetryableStatus } from "../../../src/client/transport/retryPolicy";
import { ACCOUNT_SID, AUTH_TOKEN } from "../../support/credentials";
import { sharedSandbox } from "../../support/sandbox";

describe("retry policy by Twilio error code", () => {
  it("retries a 429 unless its Twilio code is one of Verify's limits on one number", () => {
    expect(isRetryableStatus(429, "POST", 20429)).toBe(true);
    expect(isRetryableStatus(429, "POST")).toBe(true);
    for (const code of [60202, 60203, 60212]) {
      expect(isRetryableStatus(429, "POST", code)).toBe(false);
      expect(isRetryableStatus(429, "GET", code)).toBe(false);
    }
  });

  describe("over HTTP", () => {
    let serviceSid: string;
    const on = sharedSandbox({ tickMs: 0 });
    beforeEach(async () => {
      on.sandbox.reset();
      const answer = await fetch(`${on.sandbox.url}/verify/v2/Services`, {
        method: "POST",
        headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
        body: new URLSearchParams({ FriendlyName: "Acme" }),
      });
      serviceSid = ((await answer.json()) as { sid: string }).sid;
      on.sandbox.requests.length = 0;
    });
    const post = () =>
      new TwilioHttpClient({ baseUrl: on.sandbox.url, timeoutMs: 2000, maxRetries: 3, maxRetryDelayMs: 10 }).request({
        method: "post",
        uri: `https://verify.twilio.com/v2/Services/${serviceSid}/Verifications`,
        username: ACCOUNT_SID,
        password: AUTH_TOKEN,
        // As twilio-node's resources pass them: without headers it sends neither the credentials nor the form.
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        data: { To: "+15558675310", Channel: "sms" },
      });
    const verifications = "/Verifications$";

    it("answers Verify's 429 for too many sends (60203) at once, without a second request", async () => {
      on.sandbox.faults.set([{ kind: "429", method: "POST", path: verifications, code: 60203, retryAfter: 0 }]);
      const response = await post();
      expect(response.statusCode).toBe(429);
      expect(on.sandbox.requests).toHaveLength(1);
    });

    it("still waits out an account rate limit (20429) and tries again", async () => {
      on.sandbox.faults.set([{ kind: "429", method: "POST", path: verifications, times: 1, retryAfter: 0 }]);
      const response = await post();
      expect(response.statusCode).toBe(201);
      expect(on.sandbox.requests).toHaveLength(2);
    });
  });
});
