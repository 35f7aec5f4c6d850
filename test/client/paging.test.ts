import { productJsonPages } from "../../src/client/jsonPages";
import { readBoundedList, walkPages } from "../../src/client/paging";
import { InputError } from "../../src/client/transport/errors";
import { getTwilioClient } from "../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback";
import { sandboxPerCase } from "../support/sandbox";

/**
 * A Monitor-style list of `total` alerts with a next_page_url Twilio would not give (another host, another list),
 * scripted because the sandbox's links always name its own list on the product's host.
 */
function alertListLinkingTo(total: number, nextList: string) {
  return startLoopbackServer((req) => {
    const pageSize = Number(req.query.get("PageSize") ?? 50);
    const start = Number(req.query.get("PageToken")?.slice(2) ?? 0);
    const alerts = Array.from({ length: Math.max(Math.min(pageSize, total - start), 0) }, (_, i) => ({ sid: `NO${start + i}` }));
    const next = start + pageSize < total ? `${nextList}?PageSize=${pageSize}&PageToken=PA${start + pageSize}` : null;
    return { status: 200, json: { alerts, meta: { next_page_url: next } } };
  });
}
let server: LoopbackServer | undefined;
const on = sandboxPerCase();
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `total` alerts in the sandbox's Monitor, newest first as Twilio lists them; their SIDs in list order. */
async function seedAlerts(total: number): Promise<string[]> {
  const sids: string[] = [];
  for (let i = 0; i < total; i++) {
    sids.push(((await on.sandbox.control("POST", "alerts", { AccountSid: ACCOUNT_SID, GeneratedSecondsAgo: i })) as { sid: string }).sid);
  }
  on.sandbox.requests.length = 0;
  return sids;
}

const alertRequests = () => on.sandbox.requests.filter((request) => request.path === "/monitor/v1/Alerts");

const pagesOf = (url: string) =>
  productJsonPages<{ sid: string }>(getTwilioClient(authTokenConnection(url)), {
    origin: "https://monitor.twilio.com",
    path: "/v1/Alerts",
    key: "alerts",
  });

describe("readBoundedList", () => {
  it("reads up to the limit across pages, each asking for no more than is still wanted, and says where to continue", async () => {
    const sids = await seedAlerts(25);
    const pages = pagesOf(on.sandbox.url);
    const list = await readBoundedList({ firstPage: (size) => pages.first(size, {}), getPage: pages.next, limit: 12, pageSize: 5 });

    expect(list.items.map((alert) => alert.sid)).toEqual(sids.slice(0, 12));
    expect(on.sandbox.requests.map((request) => request.query.get("PageSize"))).toEqual(["5", "5", "2"]);
    expect(on.sandbox.requests.every((request) => request.path === "/monitor/v1/Alerts")).toBe(true);
    expect(list).toMatchObject({ nextPageUri: `/v1/Alerts?PageSize=2&Page=3&PageToken=PA${sids[11]}`, hasMore: true });
  });

  it("continues from a nextPageUri on the product's host, mapped to the Base URL", async () => {
    const sids = await seedAlerts(8);
    const pages = pagesOf(on.sandbox.url);
    const list = await readBoundedList({
      continuation: pages.continuation(`/v1/Alerts?PageSize=5&Page=1&PageToken=PA${sids[4]}`),
      firstPage: () => Promise.reject(new Error("a continued list does not read the first page")),
      getPage: pages.next,
      limit: 10,
    });

    expect(list.items.map((alert) => alert.sid)).toEqual(sids.slice(5));
    expect(list).toMatchObject({ nextPageUri: null, hasMore: false });
    expect(on.sandbox.requests[0].query.get("PageToken")).toBe(`PA${sids[4]}`);
  });

  it("keeps a next-page link on the product's host, and refuses one or a continuation of another list", async () => {
    server = await alertListLinkingTo(8, "https://elsewhere.example.com/v1/Alerts");
    const pages = pagesOf(server.url);
    const list = await readBoundedList({ firstPage: (size) => pages.first(size, {}), getPage: pages.next, limit: 10, pageSize: 5 });
    expect(list.items).toHaveLength(8);
    expect(server.requests.map((request) => request.path)).toEqual(["/monitor/v1/Alerts", "/monitor/v1/Alerts"]);

    expect(() => pages.continuation("/v1/Calls?PageSize=5")).toThrow(InputError);
    await server.close();
    server = await alertListLinkingTo(8, "https://monitor.twilio.com/v1/Calls");
    const other = pagesOf(server.url);
    const error = await failureOf(
      readBoundedList({ firstPage: (size) => other.first(size, {}), getPage: other.next, limit: 10, pageSize: 5 }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(server.requests).toHaveLength(1);
  });

  it("stops after the spare pages when a filter keeps nothing, returning where to go on", async () => {
    const sids = await seedAlerts(1000);
    const pages = pagesOf(on.sandbox.url);
    const list = await readBoundedList({
      firstPage: (size) => pages.first(size, {}),
      getPage: pages.next,
      limit: 10,
      pageSize: 10,
      keep: () => false,
    });

    expect(list.items).toEqual([]);
    expect(alertRequests()).toHaveLength(11);
    expect(list).toMatchObject({ nextPageUri: `/v1/Alerts?PageSize=10&Page=11&PageToken=PA${sids[109]}`, hasMore: true });
  });
});

describe("walkPages", () => {
  it("reads on while the visitor asks, up to maxPages, and returns the last page read", async () => {
    const sids = await seedAlerts(100);
    const pages = pagesOf(on.sandbox.url);
    const seen: number[] = [];
    const last = await walkPages({ first: () => pages.first(10, {}), getPage: pages.next, maxPages: 3 }, (page, index) => {
      seen.push(index);
      return page.instances.length > 0;
    });

    expect(seen).toEqual([0, 1, 2]);
    expect(last.instances[0].sid).toBe(sids[20]);
    expect(last.nextPageUrl).toBe(`https://monitor.twilio.com/v1/Alerts?PageSize=10&Page=3&PageToken=PA${sids[29]}`);
  });

  it("stops when the visitor has what it needs, or at the end of the list", async () => {
    await seedAlerts(15);
    const pages = pagesOf(on.sandbox.url);
    await walkPages({ first: () => pages.first(10, {}), getPage: pages.next, maxPages: 5 }, () => false);
    expect(alertRequests()).toHaveLength(1);

    const last = await walkPages({ first: () => pages.first(10, {}), getPage: pages.next, maxPages: 5 }, () => true);
    expect(alertRequests()).toHaveLength(3);
    expect(last.nextPageUrl).toBeUndefined();
  });
});
