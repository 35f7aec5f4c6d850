import { basic, plainSharedSandbox } from "./support";

const TEST_SID = `AC${"7e57".repeat(8)}`;
const TEST_TOKEN = "test-auth-token-0f1e2d3c4b5a6978";
const ACCOUNT = `/2010-04-01/Accounts/${TEST_SID}`;
const VALID_FROM = "+15005550006";
const SOME_TO = "+14108675310";

/** Twilio's test-credential behaviour (docs: IAM > Test Credentials, "magic input"), on the sandbox. */
describe("sandbox: Twilio's test credentials", () => {
  const on = plainSharedSandbox();
  beforeAll(async () => {
    await on.sandbox.control("POST", "accounts", { sid: TEST_SID, authToken: TEST_TOKEN, test: true });
  });

  const post = async (resource: string, form: Record<string, string>) => {
    const response = await fetch(`${on.sandbox.url}${ACCOUNT}/${resource}`, {
      method: "POST",
      headers: { authorization: basic(TEST_SID, TEST_TOKEN) },
      body: new URLSearchParams(form),
    });
    return { status: response.status, json: (await response.json()) as { code?: number; sid?: string; status?: string } };
  };
  const message = (from: string, to: string) =>
    post("Messages.json", { From: from, To: to, Body: "test", StatusCallback: "http://127.0.0.1:9/x" });
  const call = (from: string, to: string) => post("Calls.json", { From: from, To: to, Twiml: "<Response/>" });

  it.each([
    ["+15005550001", SOME_TO, 21212],
    ["+15005550007", SOME_TO, 21606],
    ["+15005550008", SOME_TO, 21611],
    ["+15017122661", SOME_TO, 21606],
    [VALID_FROM, "+15005550001", 21211],
    [VALID_FROM, "+15005550002", 21612],
    [VALID_FROM, "+15005550003", 21408],
    [VALID_FROM, "+15005550004", 21610],
    [VALID_FROM, "+15005550009", 21614],
  ])("a message from %s to %s is refused with %i", async (from, to, code) => {
    expect(await message(from, to)).toEqual({ status: 400, json: expect.objectContaining({ code, status: 400 }) });
  });

  it.each([
    ["+15005550001", SOME_TO, 21212],
    ["+15017122661", SOME_TO, 21210],
    [VALID_FROM, "+15005550001", 21217],
    [VALID_FROM, "+15005550002", 21214],
    [VALID_FROM, "+15005550003", 21215],
    [VALID_FROM, "+15005550004", 21216],
  ])("a call from %s to %s is refused with %i", async (from, to, code) => {
    expect(await call(from, to)).toEqual({ status: 400, json: expect.objectContaining({ code }) });
  });

  it.each([
    [{ PhoneNumber: "+15005550000" }, 21422],
    [{ PhoneNumber: "+15005550001" }, 21421],
    [{ AreaCode: "533" }, 21452],
  ])("buying %j is refused with %i", async (form, code) => {
    expect(await post("IncomingPhoneNumbers.json", form)).toEqual({ status: 400, json: expect.objectContaining({ code }) });
  });

  it("creates from the valid number and buys it, keeping nothing and calling nobody back", async () => {
    const sent = await message(VALID_FROM, SOME_TO);
    expect(sent).toEqual({
      status: 201,
      json: expect.objectContaining({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" }),
    });
    expect((await call(VALID_FROM, SOME_TO)).json).toMatchObject({ sid: expect.stringMatching(/^CA/), status: "queued" });
    expect((await post("IncomingPhoneNumbers.json", { AreaCode: "500" })).json).toMatchObject({ phone_number: VALID_FROM });

    await on.sandbox.clock.advance(60_000);
    await on.sandbox.settle();
    expect(on.sandbox.inspect<{ messages: unknown[] }>("messages", TEST_SID)?.messages ?? []).toEqual([]);
    expect(on.sandbox.callbacks.deliveries).toEqual([]);
  });

  it("answers anything else with 403 and 20008, reads included", async () => {
    const response = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, { headers: { authorization: basic(TEST_SID, TEST_TOKEN) } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 20008 });
  });
});
