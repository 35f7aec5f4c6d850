import { TwilioHttpClient } from "../../../src/client/transport/httpClient";
import { isRetryableStatus } from "../../../src/client/transport/retryPolicy";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";

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
    let server: LoopbackServer;
    afterEach(() => server?.close());
    const post = (baseUrl: string) =>
      new TwilioHttpClient({ baseUrl, timeoutMs: 2000, maxRetries: 3, maxRetryDelayMs: 10 }).request({
        method: "post",
        uri: "https://verify.twilio.com/v2/Services/VA/Verifications",
        username: "AC",
        password: "token",
        data: { To: "+15558675310", Channel: "sms" },
      });

    it("answers Verify's 429 for too many sends (60203) at once, without a second request", async () => {
      server = await startLoopbackServer(() => ({
        status: 429,
        headers: { "retry-after": "0" },
        json: twilioErrorBody(60203, "Max send attempts reached", 429),
      }));
      const response = await post(server.url);
      expect(response.statusCode).toBe(429);
      expect(server.requests).toHaveLength(1);
    });

    it("still waits out an account rate limit (20429) and tries again", async () => {
      let calls = 0;
      server = await startLoopbackServer(() =>
        ++calls === 1
          ? { status: 429, headers: { "retry-after": "0" }, json: twilioErrorBody(20429, "Too Many Requests", 429) }
          : { status: 201, json: {} },
      );
      const response = await post(server.url);
      expect(response.statusCode).toBe(201);
      expect(server.requests).toHaveLength(2);
    });
  });
});
