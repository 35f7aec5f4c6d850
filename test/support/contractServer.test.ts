/**
 * Proves the contract server (Prism on Twilio's official spec, started by globalSetup)
 * behaves the way the component's contract tests rely on.
 *
 * What Prism checks, as observed with @stoplight/prism-cli 5.14.2 (core 5.8.0, http 5.12.0):
 * - Path parameters, query parameters and form bodies against the spec's schemas
 *   (types, min/max, patterns, enums, `format: uri`, required properties) -> 422
 *   application/problem+json whose `validation` array names each violation, e.g.
 *   { location: ["body"], code: "required", message: "Request body must have required property 'To'" }.
 *   Query parameter names are lower-cased in these messages ("pagesize").
 * - Auth: yes, the `accountSid_authToken` Basic scheme is enforced. No Authorization header,
 *   or one that is not `Basic base64(user:password)`, gets 401 with
 *   `WWW-Authenticate: Basic realm="*"`. The credentials themselves are not checked.
 * - A body that is not form-encoded gets 415.
 * What it does not check:
 * - Form keys the spec does not declare are silently ignored, so a misspelt optional
 *   parameter (e.g. "StatusCallBack") passes. Use the loopback server to assert exact bodies.
 * - Of a repeated form key (MediaUrl=a&MediaUrl=b) only the last value is validated.
 * - `format: phone-number` is unknown to its validator, so any To/From string passes.
 * Responses are the spec's first example (e.g. sid SMaaaa…), not an echo of the request.
 */

const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
const MESSAGE_SID = `SM${"0123456789abcdef".repeat(2)}`;
const BASIC_AUTH = `Basic ${Buffer.from(`${ACCOUNT_SID}:test-auth-token`).toString("base64")}`;
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

function contractUrl(path: string): string {
  const baseUrl = process.env.TWILIO_CONTRACT_URL;
  if (!baseUrl) {
    throw new Error("TWILIO_CONTRACT_URL is not set: run jest with test/support/globalSetup.ts as globalSetup");
  }
  return `${baseUrl}${path}`;
}

function postForm(path: string, form: URLSearchParams): Promise<Response> {
  return fetch(contractUrl(path), {
    method: "POST",
    headers: { authorization: BASIC_AUTH, "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
}

function get(path: string): Promise<Response> {
  return fetch(contractUrl(path), { headers: { authorization: BASIC_AUTH } });
}

describe("contract server (Prism on Twilio's API v2010 spec)", () => {
  const validMessage = { To: "+15558675310", From: "+15017122661", Body: "hi" };

  it("answers a valid send with 201 and a Message resource", async () => {
    const response = await postForm(MESSAGES_PATH, new URLSearchParams(validMessage));

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^SM/) }));
  });

  it("rejects a send without the required To with 422 naming the violation", async () => {
    const { From, Body } = validMessage;
    const response = await postForm(MESSAGES_PATH, new URLSearchParams({ From, Body }));

    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toEqual(
      expect.objectContaining({
        validation: [expect.objectContaining({ location: ["body"], code: "required" })],
      }),
    );
  });

  it("accepts repeated MediaUrl keys, which the generated spec declares as an exploded form array", async () => {
    const form = new URLSearchParams(validMessage);
    form.append("MediaUrl", "https://example.com/a.png");
    form.append("MediaUrl", "https://example.com/b.png");

    const response = await postForm(MESSAGES_PATH, form);

    expect(response.status).toBe(201);
    await response.arrayBuffer();
  });

  it("rejects a list page size above Twilio's maximum of 1000 with 422", async () => {
    const response = await get(`${MESSAGES_PATH}?PageSize=2000`);

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(
      expect.objectContaining({
        validation: [expect.objectContaining({ location: ["query", "pagesize"], code: "maximum" })],
      }),
    );
  });

  it("answers a valid list request with 200 and a messages array", async () => {
    const response = await get(`${MESSAGES_PATH}?PageSize=20`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expect.objectContaining({ messages: expect.any(Array) }));
  });

  it("answers a message fetch with 200", async () => {
    const response = await get(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}.json`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expect.objectContaining({ sid: expect.any(String) }));
  });

  it("enforces the Basic auth security scheme with 401", async () => {
    const response = await fetch(contractUrl(`${MESSAGES_PATH}?PageSize=20`));

    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Basic realm="*"');
    await response.arrayBuffer();
  });
});
