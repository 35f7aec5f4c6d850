import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { authTokenConnection, contractUrl, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { CHECK_PATH, passThrough, SERVICE_SID, VERIFICATION_SID, VERIFICATIONS_PATH, verificationBody } from "./support";

const run = async (key: string, baseUrl: string, params: Record<string, unknown>) =>
  (
    (await harness.action(key, {
      twilioConnection: authTokenConnection(baseUrl),
      verifyServiceSid: SERVICE_SID,
      ...params,
    })) as { data: Record<string, unknown> }
  ).data;

const check = (baseUrl: string, params: Record<string, unknown>) => run("checkVerification", baseUrl, params);
const cancel = (baseUrl: string, params: Record<string, unknown>) => run("cancelVerification", baseUrl, params);

const notFound = { status: 404, json: twilioErrorBody(20404, `The requested resource ${CHECK_PATH} was not found`, 404) };

describe("checkVerification and cancelVerification against Twilio's official spec", () => {
  it("checks a code by To and by Verification SID", async () => {
    for (const target of [{ to: "+15558675310" }, { verificationSid: VERIFICATION_SID }]) {
      const result = await check(contractUrl(), { ...target, code: "123456" });
      expect(result).toEqual(expect.objectContaining({ approved: expect.any(Boolean), status: expect.any(String) }));
    }
  });

  it("cancels by Verification SID and by e-mail address", async () => {
    for (const target of [{ verificationSid: VERIFICATION_SID }, { to: "jane@example.com" }]) {
      const result = await cancel(contractUrl(), target);
      expect(result.sid).toMatch(/^VE/);
    }
  });

  it("reads the verification's status back after a check Twilio answers 404 for", async () => {
    const proxy = passThrough(contractUrl(), (req) => (req.path === CHECK_PATH ? notFound : undefined));
    const server = await startLoopbackServer(proxy.handler);
    try {
      const error = await failureOf(check(server.url, { to: "+15558675310", code: "123456" }));
      expect(error.message).toMatch(/no longer pending/);
      expect(proxy.answered).toEqual([{ request: `GET ${VERIFICATIONS_PATH}/%2B15558675310`, status: 200 }]);
    } finally {
      await server.close();
    }
  });
});

describe("checkVerification over HTTP", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("approves the right code", async () => {
    server = await startLoopbackServer(() => ({ status: 200, json: verificationBody({ status: "approved", valid: true }) }));

    const result = await check(server.url, { to: "+1 555 867 5310", code: "123456" });

    const [request] = server.requests;
    expect(`${request.method} ${request.path}`).toBe(`POST ${CHECK_PATH}`);
    expect(Object.fromEntries(request.form)).toEqual({ Code: "123456", To: "+15558675310" });
    expect(result).toEqual(expect.objectContaining({ approved: true, status: "approved", sid: VERIFICATION_SID }));
  });

  it("returns a wrong code as a result, approved false and still pending, not as an error", async () => {
    server = await startLoopbackServer(() => ({ status: 200, json: verificationBody({ status: "pending", valid: false }) }));

    const result = await check(server.url, { verificationSid: VERIFICATION_SID, code: "000000" });

    expect(Object.fromEntries(server.requests[0].form)).toEqual({ Code: "000000", VerificationSid: VERIFICATION_SID });
    expect(result).toEqual(expect.objectContaining({ approved: false, status: "pending", valid: false }));
  });

  it.each([
    ["approved", /already approved: the right code was checked before/],
    ["expired", /code expired/],
    ["max_attempts_reached", /ran out of attempts/],
    ["canceled", /It was canceled/],
  ])("says the verification is no longer pending because it is %s, when Twilio still has it", async (status, explanation) => {
    server = await startLoopbackServer((req) => (req.method === "GET" ? { status: 200, json: verificationBody({ status }) } : notFound));

    const error = await failureOf(check(server.url, { to: "jane@example.com", code: "123456" }));

    expect(error).toBeInstanceOf(TwilioApiError);
    expect((error as TwilioApiError).details).toEqual(expect.objectContaining({ code: 20404, status: 404 }));
    expect(error.message).toContain(
      `the verification sent to jane@example.com on Verify Service ${SERVICE_SID} is no longer pending (status ${status})`,
    );
    expect(error.message).toMatch(explanation);
    expect(server.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      `POST ${CHECK_PATH}`,
      `GET ${VERIFICATIONS_PATH}/jane%40example.com`,
    ]);
  });

  it("says every reason Twilio drops a verification, and to send a new code, when the status is gone too", async () => {
    server = await startLoopbackServer(() => notFound);

    const error = await failureOf(check(server.url, { verificationSid: VERIFICATION_SID, code: "123456" }));

    expect(error.message).toContain(
      `verification ${VERIFICATION_SID} on Verify Service ${SERVICE_SID} is no longer pending, so no code can be checked against it`,
    );
    expect(error.message).toMatch(/expired \(10 minutes by default\), was already approved, ran out of attempts or was canceled/);
    expect(error.message).toMatch(/Send a new code with Send Verification Code/);
  });

  it("fails on too many checks (60202) with what to do, and never retries it", async () => {
    server = await startLoopbackServer(() => ({
      status: 429,
      headers: { "retry-after": "0" },
      json: twilioErrorBody(60202, "Max check attempts reached", 429),
    }));

    const error = await failureOf(check(server.url, { to: "+15558675310", code: "123456" }));

    expect(error.message).toMatch(/Twilio error 60202 \(HTTP 429\).*too many wrong codes.*Send a new code/);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["neither To nor Verification SID", {}, /Input "To": expected the phone number or e-mail address/],
    [
      "both To and Verification SID",
      { to: "+15558675310", verificationSid: VERIFICATION_SID },
      /Input "Verification SID": expected to be empty/,
    ],
    ["a malformed Verification SID", { verificationSid: "VE123" }, /Input "Verification SID"/],
    ["a code with spaces", { to: "+15558675310", code: "12 34" }, /Input "Code"/],
    ["no code", { to: "+15558675310", code: "" }, /Input "Code"/],
  ])("rejects %s before any request", async (_name, params, message) => {
    server = await startLoopbackServer(() => ({ status: 500, body: "must not be called" }));
    const error = await failureOf(check(server.url, { code: "123456", ...params }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe("cancelVerification over HTTP", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("posts Status=canceled to the verification, named by SID", async () => {
    server = await startLoopbackServer(() => ({ status: 200, json: verificationBody({ status: "canceled" }) }));

    const result = await cancel(server.url, { verificationSid: VERIFICATION_SID });

    const [request] = server.requests;
    expect(`${request.method} ${request.path}`).toBe(`POST ${VERIFICATIONS_PATH}/${VERIFICATION_SID}`);
    expect(Object.fromEntries(request.form)).toEqual({ Status: "canceled" });
    expect(result.status).toBe("canceled");
  });

  it("says there is nothing to cancel once the verification is no longer pending", async () => {
    server = await startLoopbackServer((req) =>
      req.method === "GET" ? { status: 200, json: verificationBody({ status: "approved" }) } : notFound,
    );

    const error = await failureOf(cancel(server.url, { to: "+15558675310" }));

    expect(error.message).toMatch(/no longer pending \(status approved\), so there is nothing to cancel\. It was already approved/);
  });
});
