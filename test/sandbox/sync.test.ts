import { call, plainSandboxPerCase } from "./support";

describe("sandbox Sync", () => {
  let items: string;
  const on = plainSandboxPerCase();
  beforeEach(async () => {
    const service = await call(on.sandbox, "POST", "/sync/v1/Services", { FriendlyName: "claims" });
    await call(on.sandbox, "POST", `/sync/v1/Services/${service.json.sid}/Maps`, { UniqueName: "sends" });
    items = `/sync/v1/Services/${service.json.sid}/Maps/sends/Items`;
  });

  it("creates an item once: the same key again is refused with 409 and 54208", async () => {
    const first = await call(on.sandbox, "POST", items, { Key: "run-1", Data: JSON.stringify({ state: "claimed" }) });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ key: "run-1", revision: "0", data: { state: "claimed" } });
    expect(first.headers.get("etag")).toBe("0");
    const again = await call(on.sandbox, "POST", items, { Key: "run-1", Data: JSON.stringify({ state: "other" }) });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 54208, status: 409 });
  });

  it("updates only at the revision named in If-Match: otherwise 412 and 54205", async () => {
    await call(on.sandbox, "POST", items, { Key: "run-1", Data: "{}" });
    const stale = await call(on.sandbox, "POST", `${items}/run-1`, { Data: JSON.stringify({ done: true }) }, { "If-Match": "7" });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ code: 54205 });
    const current = await call(on.sandbox, "POST", `${items}/run-1`, { Data: JSON.stringify({ done: true }) }, { "If-Match": "0" });
    expect(current.json).toMatchObject({ revision: "1", data: { done: true } });
    expect((await call(on.sandbox, "DELETE", `${items}/run-1`, undefined, { "If-Match": "0" })).status).toBe(412);
    expect((await call(on.sandbox, "DELETE", `${items}/run-1`, undefined, { "If-Match": "1" })).status).toBe(204);
  });

  it("forgets an item once its TTL has passed on the sandbox clock, and the key can be claimed again", async () => {
    await call(on.sandbox, "POST", items, { Key: "run-1", Data: "{}", ItemTtl: "60" });
    await on.sandbox.clock.advance(59_000);
    expect((await call(on.sandbox, "GET", `${items}/run-1`)).status).toBe(200);
    await on.sandbox.clock.advance(1_000);
    expect((await call(on.sandbox, "GET", `${items}/run-1`)).json).toMatchObject({ code: 54201 });
    expect((await call(on.sandbox, "POST", items, { Key: "run-1", Data: "{}" })).status).toBe(201);
  });

  it("pages items in key order with absolute next_page_url on Twilio's host, and filters From/Bounds", async () => {
    for (const key of ["c", "a", "b"]) await call(on.sandbox, "POST", items, { Key: key, Data: "{}" });
    const first = await call(on.sandbox, "GET", `${items}?PageSize=2`);
    const meta = first.json.meta as { next_page_url: string; key: string };
    expect((first.json.items as Array<{ key: string }>).map((item) => item.key)).toEqual(["a", "b"]);
    expect(meta.key).toBe("items");
    expect(meta.next_page_url).toMatch(/^https:\/\/sync\.twilio\.com\/v1\/Services\/IS\w+\/Maps\/sends\/Items\?/);
    const second = await call(on.sandbox, "GET", meta.next_page_url.replace("https://sync.twilio.com", "/sync"));
    expect((second.json.items as Array<{ key: string }>).map((item) => item.key)).toEqual(["c"]);
    expect((second.json.meta as { next_page_url: null }).next_page_url).toBeNull();
    const after = await call(on.sandbox, "GET", `${items}?From=a&Bounds=exclusive`);
    expect((after.json.items as Array<{ key: string }>).map((item) => item.key)).toEqual(["b", "c"]);
  });

  it("checks Data against the spec: a create without it is refused", async () => {
    const missing = await call(on.sandbox, "POST", items, { Key: "run-1" });
    expect(missing.status).toBe(400);
    expect(missing.json.message).toMatch(/required property 'Data'/);
  });
  describe("rate limit per Map (Twilio: about 20 writes and 20 reads a second per object, 10 s burst window)", () => {
    const write = (key: string) => call(on.sandbox, "POST", items, { Key: key, Data: "{}" });

    it("accepts a burst of 200 writes to one Map in its window, then answers 429 with 54009 and Retry-After", async () => {
      const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => write(`k${i}`)));
      expect(burst.every((answer) => answer.status === 201)).toBe(true);
      const over = await write("k200");
      expect(over.status).toBe(429);
      expect(over.json).toMatchObject({ code: 54009, status: 429 });
      expect(over.headers.get("retry-after")).toBe("10");
      // Updates and deletes of items count against their Map too; nothing refused was done.
      expect((await call(on.sandbox, "POST", `${items}/k0`, { Data: "{}" })).status).toBe(429);
      expect((await call(on.sandbox, "GET", `${items}/k200`)).status).toBe(404);
    });

    it("frees the window as the sandbox clock moves on", async () => {
      for (let i = 0; i < 200; i++) await write(`k${i}`);
      await on.sandbox.clock.advance(10_000);
      const next = await Promise.all(Array.from({ length: 21 }, (_, i) => write(`n${i}`)));
      expect(next.filter((answer) => answer.status === 201)).toHaveLength(21);
    });

    it("limits each Map on its own, and reads apart from writes", async () => {
      await on.sandbox.control("POST", "sync/limits", { perSecond: 2, burstSeconds: 1 });
      expect([(await write("a")).status, (await write("b")).status, (await write("c")).status]).toEqual([201, 201, 429]);
      const other = items.replace("/Maps/sends/", "/Maps/other/");
      await call(on.sandbox, "POST", items.replace(/\/sends\/Items$/, ""), { UniqueName: "other" });
      expect((await call(on.sandbox, "POST", other, { Key: "a", Data: "{}" })).status).toBe(201);
      expect([(await call(on.sandbox, "GET", `${items}/a`)).status, (await call(on.sandbox, "GET", `${items}/b`)).status]).toEqual([
        200, 200,
      ]);
      const third = await call(on.sandbox, "GET", `${items}/a`);
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toBe("1");
      await on.sandbox.clock.advance(1_000);
      expect((await write("c")).status).toBe(201);
    });

    it("can be turned off", async () => {
      await on.sandbox.control("POST", "sync/limits", { enabled: false });
      const many = await Promise.all(Array.from({ length: 250 }, (_, i) => write(`k${i}`)));
      expect(many.every((answer) => answer.status === 201)).toBe(true);
      expect(await on.sandbox.control("GET", "sync/limits")).toEqual({ enabled: false, perSecond: 20, burstSeconds: 10 });
    });
  });
});
