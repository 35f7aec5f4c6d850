import { DEMO_ACCOUNT, type Sandbox } from "../../sandbox";
import { ACCOUNT, basic, call, plainSandboxPerCase } from "./support";

const MESSAGE = { To: "+15558675310", From: "+15017122661", Body: "Hi" };
const listed = async (sandbox: Sandbox) => ((await call(sandbox, "GET", `${ACCOUNT}/Messages.json`)).json.messages as unknown[]).length;
const setFaults = (sandbox: Sandbox, rules: unknown[], seed?: number) =>
  fetch(`${sandbox.url}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rules, seed }),
  });

describe("sandbox faults", () => {
  const on = plainSandboxPerCase();

  it("answers 429 with Retry-After as many times as the rule says, creating nothing, then works", async () => {
    await setFaults(on.sandbox, [{ kind: "429", method: "POST", path: "/Messages\\.json$", times: 1, retryAfter: 2 }]);
    const refused = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(refused.json).toMatchObject({ code: 20429 });
    expect((await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE)).status).toBe(201);
    expect(await listed(on.sandbox)).toBe(1);
  });

  it("answers with the Twilio code a rule names: a product's own limit or refusal, in Twilio's words", async () => {
    await setFaults(on.sandbox, [
      { kind: "429", method: "POST", path: "/Messages\\.json$", times: 1, code: 60212 },
      { kind: "refused", method: "POST", path: "/Messages\\.json$", times: 1, code: 21610 },
    ]);
    const limited = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE);
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ code: 60212, message: "Too many concurrent requests for phone number" });
    const refused = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 21610, message: "Attempt to send to unsubscribed recipient" });
    expect(await listed(on.sandbox)).toBe(0);
  });

  it("answers its edge's HTML 502 page and Twilio's 503 Service Unavailable before any work", async () => {
    await setFaults(on.sandbox, [
      { kind: "bad-gateway", method: "POST", times: 1 },
      { kind: "refused", method: "POST", times: 1, code: 20503 },
    ]);
    const page = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, {
      method: "POST",
      headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken) },
      body: new URLSearchParams(MESSAGE),
    });
    expect(page.status).toBe(502);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("502 Bad Gateway");
    const unavailable = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE);
    expect(unavailable.status).toBe(503);
    expect(unavailable.json).toMatchObject({ code: 20503, message: "Service Unavailable" });
    expect(await listed(on.sandbox)).toBe(0);
  });

  it("a 500 after the work was done: the message exists although the answer says it failed", async () => {
    await setFaults(on.sandbox, [{ kind: "500-after", method: "POST", times: 1 }]);
    expect((await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE)).status).toBe(500);
    expect(await listed(on.sandbox)).toBe(1);
  });

  it("resets the connection, before or after the work", async () => {
    await setFaults(on.sandbox, [
      { kind: "reset-before", method: "POST", times: 1 },
      { kind: "reset-after", method: "POST", times: 1 },
    ]);
    await expect(call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE)).rejects.toThrow();
    expect(await listed(on.sandbox)).toBe(0);
    await expect(call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, MESSAGE)).rejects.toThrow();
    expect(await listed(on.sandbox)).toBe(1);
  });

  it("spoils answers: truncated JSON and an HTML page", async () => {
    await setFaults(on.sandbox, [
      { kind: "truncated", method: "POST", times: 1 },
      { kind: "not-json", method: "GET", times: 1 },
    ]);
    const cut = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, {
      method: "POST",
      headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken) },
      body: new URLSearchParams(MESSAGE),
    });
    await expect(cut.json()).rejects.toThrow();
    await expect(call(on.sandbox, "GET", `${ACCOUNT}/Messages.json`)).rejects.toThrow(/JSON/);
  });

  it("never answers: the client's own timeout ends the request", async () => {
    await setFaults(on.sandbox, [{ kind: "no-answer", method: "GET", times: 1 }]);
    const started = Date.now();
    await expect(
      fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, {
        headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken) },
        signal: AbortSignal.timeout(300),
      }).then((response) => response.text()),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("picks a share of requests at the given rate, the same ones for the same seed", async () => {
    const run = async () => {
      await setFaults(on.sandbox, [{ kind: "500-before", rate: 0.5 }], 7);
      const statuses: number[] = [];
      for (let index = 0; index < 40; index += 1) statuses.push((await call(on.sandbox, "GET", `${ACCOUNT}/Messages.json`)).status);
      return statuses;
    };
    const first = await run();
    const failures = first.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(await run()).toEqual(first);
  });
});
