import { DEMO_ACCOUNT } from "../../sandbox";
import { ACCOUNT, basic, call, plainSandboxPerCase } from "./support";

const TO = "+15558675310";
const FROM = "+15017122661";

describe("sandbox messages", () => {
  const on = plainSandboxPerCase();

  it("keeps what it is sent: the message created is the one fetched and listed", async () => {
    const created = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, { To: TO, From: FROM, Body: "Hello" });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ to: TO, from: FROM, body: "Hello", status: "queued", direction: "outbound-api" });
    const fetched = await call(on.sandbox, "GET", `${ACCOUNT}/Messages/${created.json.sid}.json`);
    expect(fetched.json).toMatchObject({ sid: created.json.sid, body: "Hello" });
    const listed = await call(on.sandbox, "GET", `${ACCOUNT}/Messages.json?To=${encodeURIComponent(TO)}`);
    expect((listed.json.messages as Array<{ sid: string }>).map((message) => message.sid)).toEqual([created.json.sid]);
  });

  it("moves a message from queued to sent to delivered as its clock advances", async () => {
    const { json } = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, { To: TO, From: FROM, Body: "Hi" });
    await on.sandbox.clock.advance(1_000);
    expect((await call(on.sandbox, "GET", `${ACCOUNT}/Messages/${json.sid}.json`)).json.status).toBe("sent");
    await on.sandbox.clock.advance(1_000);
    const delivered = await call(on.sandbox, "GET", `${ACCOUNT}/Messages/${json.sid}.json`);
    expect(delivered.json).toMatchObject({ status: "delivered", error_code: null });
    expect(delivered.json.date_sent).not.toBeNull();
  });

  it("pages as Twilio does: PageSize, next_page_uri until the last page", async () => {
    for (const body of ["one", "two", "three"])
      await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, { To: TO, From: FROM, Body: body });
    const seen: string[] = [];
    let next: string | null = `${ACCOUNT}/Messages.json?PageSize=2`;
    while (next) {
      const page = await call(on.sandbox, "GET", next);
      expect(page.json.page_size).toBe(2);
      seen.push(...(page.json.messages as Array<{ body: string }>).map((message) => message.body));
      next = page.json.next_page_uri as string | null;
    }
    expect(seen.sort()).toEqual(["one", "three", "two"]);
  });

  it("rejects what Twilio's spec rejects, with a Twilio error naming the reason", async () => {
    const missingTo = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, { From: FROM, Body: "Hi" });
    expect(missingTo.status).toBe(400);
    expect(missingTo.json).toMatchObject({ code: 20001, status: 400, more_info: "https://www.twilio.com/docs/errors/20001" });
    expect(missingTo.json.message).toMatch(/required property 'To'/);
    const tooBig = await call(on.sandbox, "GET", `${ACCOUNT}/Messages.json?PageSize=1001`);
    expect(tooBig.json.message).toMatch(/PageSize must be <= 1000/);
  });

  it("authenticates per account, with the Auth Token or an API key of the account", async () => {
    const [apiKey, secret] = Object.entries(DEMO_ACCOUNT.apiKeys)[0];
    const byKey = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, { headers: { authorization: basic(apiKey, secret) } });
    expect(byKey.status).toBe(200);
    const wrong = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages.json`, { headers: { authorization: basic(DEMO_ACCOUNT.sid, "nope") } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 20003 });
  });

  it("keeps media and serves the file", async () => {
    const { json } = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, {
      To: TO,
      From: FROM,
      MediaUrl: ["https://example.com/a.png"],
    });
    expect(json).toMatchObject({ num_media: "1" });
    const list = await call(on.sandbox, "GET", `${ACCOUNT}/Messages/${json.sid}/Media.json`);
    const [media] = list.json.media_list as Array<{ sid: string; content_type: string }>;
    expect(media.content_type).toBe("image/png");
    const file = await fetch(`${on.sandbox.url}${ACCOUNT}/Messages/${json.sid}/Media/${media.sid}`, {
      headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken) },
    });
    expect(file.headers.get("content-type")).toBe("image/png");
  });

  it("redacts a finished message, refuses to delete one still in flight, then deletes it", async () => {
    const { json } = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, { To: TO, From: FROM, Body: "secret" });
    const early = await call(on.sandbox, "DELETE", `${ACCOUNT}/Messages/${json.sid}.json`);
    expect(early.json).toMatchObject({ code: 20009 });
    await on.sandbox.clock.advance(5_000);
    expect((await call(on.sandbox, "POST", `${ACCOUNT}/Messages/${json.sid}.json`, { Body: "" })).json.body).toBe("");
    expect((await call(on.sandbox, "DELETE", `${ACCOUNT}/Messages/${json.sid}.json`)).status).toBe(204);
    expect((await call(on.sandbox, "GET", `${ACCOUNT}/Messages/${json.sid}.json`)).json).toMatchObject({ code: 20404 });
  });
});
