import { Agent, request as httpsRequest } from "node:https";
import { DEMO_ACCOUNT, loopbackCertificate, startSandbox } from "../../sandbox";
import { ACCOUNT, basic, call, plainSharedSandbox } from "./support";

const MILLION = 1_000_000;
type Page = { messages: Array<{ sid: string; date_sent: string; to: string }>; next_page_uri: string | null };

describe("sandbox: a synthetic history of a million messages", () => {
  const history = plainSharedSandbox();
  beforeAll(async () => {
    await history.sandbox.control("POST", "messages/history", { Count: MILLION, SecondsApart: 60 });
  });

  it("pages through it newest first after the messages kept, following next_page_uri, without storing it", async () => {
    const kept = await call(history.sandbox, "POST", `${ACCOUNT}/Messages.json`, { To: "+15558675310", From: "+15017122661", Body: "new" });
    const first = (await call(history.sandbox, "GET", `${ACCOUNT}/Messages.json?PageSize=1000`)).json as unknown as Page;
    expect(first.messages).toHaveLength(1000);
    expect(first.messages[0].sid).toBe(kept.json.sid);
    expect(first.messages[1].sid).toBe(`SM${"1".padStart(32, "0")}`);
    const second = (await call(history.sandbox, "GET", first.next_page_uri as string)).json as unknown as Page;
    expect(second.messages[0].sid).toBe(`SM${(1000).toString(16).padStart(32, "0")}`);
    const dates = [...first.messages.slice(1), ...second.messages].map((message) => Date.parse(message.date_sent));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(history.sandbox.inspect<{ messages: unknown[] }>("messages", DEMO_ACCOUNT.sid)?.messages).toHaveLength(1);
  });

  it("reaches its last page and fetches any of its messages by SID", async () => {
    const last = (await call(history.sandbox, "GET", `${ACCOUNT}/Messages.json?PageSize=1000&Page=1000`)).json as unknown as Page;
    expect(last.messages).toHaveLength(1);
    expect(last.next_page_uri).toBeNull();
    const sid = `SM${MILLION.toString(16).padStart(32, "0")}`;
    expect(last.messages[0].sid).toBe(sid);
    expect((await call(history.sandbox, "GET", `${ACCOUNT}/Messages/${sid}.json`)).json).toMatchObject({ sid, status: "delivered" });
  });

  it("filters by day and recipient as Twilio does: one day of one a minute is 1,440 messages", async () => {
    const sample = (await call(history.sandbox, "GET", `${ACCOUNT}/Messages.json?PageSize=1&Page=5000`)).json as unknown as Page;
    const day = new Date(sample.messages[0].date_sent).toISOString().slice(0, 10);
    const count = async (query: string) => {
      let total = 0;
      let next: string | null = `${ACCOUNT}/Messages.json?PageSize=1000&${query}`;
      while (next) {
        const page = (await call(history.sandbox, "GET", next)).json as unknown as Page;
        total += page.messages.length;
        expect(page.messages.every((message) => new Date(message.date_sent).toISOString().startsWith(day))).toBe(true);
        next = page.next_page_uri;
      }
      return total;
    };
    expect(await count(`DateSent=${day}`)).toBe(1440);
    expect(await count(`DateSent=${day}&To=${encodeURIComponent("+15550000000")}`)).toBe(0);
  });
});

describe("sandbox over HTTPS", () => {
  it("serves with the certificate given and numbers the connections its requests came on", async () => {
    const certificate = loopbackCertificate();
    const sandbox = await startSandbox({ tls: certificate, clock: { running: false }, tickMs: 0 });
    try {
      expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const get = (agent: unknown) =>
        new Promise<number>((resolve, reject) => {
          const request = httpsRequest(
            `${sandbox.url}${ACCOUNT}/Messages.json`,
            { ca: certificate.cert, agent: agent as never, headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken) } },
            (response) => {
              response.resume();
              response.on("end", () => resolve(response.statusCode ?? 0));
            },
          );
          request.on("error", reject);
          request.end();
        });
      const keepAlive = new Agent({ keepAlive: true, ca: certificate.cert });
      expect([await get(keepAlive), await get(keepAlive), await get(undefined)]).toEqual([200, 200, 200]);
      keepAlive.destroy();
      expect(sandbox.connections).toBe(2);
      expect(sandbox.requests.map((request) => request.connection)).toEqual([1, 1, 2]);
    } finally {
      await sandbox.stop();
    }
  });
});
