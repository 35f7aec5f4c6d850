import type { Element } from "@prismatic-io/spectral";
import { InputError } from "../../../src/client/transport/errors";
import type { VerifyServiceList, VerifyServiceRecord } from "../../../src/client/verify/services";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const run = async <T>(key: string, baseUrl: string, params: Record<string, unknown> = {}): Promise<T> =>
  ((await harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params })) as { data: T }).data;

const pick = async (baseUrl: string): Promise<Element[]> =>
  (await harness.dataSource("selectVerifyService", { connection: authTokenConnection(baseUrl) })).result as Element[];

const CREATED_AT = Date.parse("2026-11-20T15:58:10Z");

/** The Verify API of the sandbox, which keeps the services and checks each request and answer against Twilio's spec. */
describe("Verify Services over HTTP", () => {
  const create = (friendlyName: string, params: Record<string, unknown> = {}) =>
    run<VerifyServiceRecord>("createVerifyService", on.sandbox.url, { friendlyName, ...params });
  const requestsTo = (path: string) => on.sandbox.requests.filter((request) => request.path === path);
  const on = sandboxPerCase({ clock: { startAt: CREATED_AT, running: false }, tickMs: 0 });

  it("lists services", async () => {
    await create("Acme", { codeLength: "8" });
    const list = await run<VerifyServiceList>("listVerifyServices", on.sandbox.url, { limit: "20" });
    expect(list.services[0]).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^VA/), codeLength: 8 }));
  });

  it("creates a service with every setting the action offers", async () => {
    const service = await create("Acme", { codeLength: "8", skipSmsToLandlines: true, doNotShareWarning: true });
    expect(service.sid).toMatch(/^VA/);
    expect(Object.fromEntries(requestsTo("/verify/v2/Services")[0].form)).toEqual(
      expect.objectContaining({ FriendlyName: "Acme", CodeLength: "8", SkipSmsToLandlines: "true", DoNotShareWarningEnabled: "true" }),
    );
  });

  it("reads one page of the limit's size and hands back where the next begins", async () => {
    const first = await create("Login codes");
    await create("Payments");

    const list = await run<VerifyServiceList>("listVerifyServices", on.sandbox.url, { limit: "1" });

    const listed = requestsTo("/verify/v2/Services").filter((request) => request.method === "GET");
    expect(listed[0].path).toBe("/verify/v2/Services");
    expect(listed[0].query.get("PageSize")).toBe("1");
    expect(list).toEqual({
      services: [
        expect.objectContaining({
          sid: first.sid,
          friendlyName: "Login codes",
          dtmfInputRequired: true,
          dateCreated: "2026-11-20T15:58:10.000Z",
        }),
      ],
      nextPageUri: `/v2/Services?PageSize=1&Page=1&PageToken=PA${first.sid}`,
      hasMore: true,
    });
  });

  it("continues from a nextPageUri with the limit as its page size", async () => {
    const first = await create("Login codes");

    const list = await run<VerifyServiceList>("listVerifyServices", on.sandbox.url, {
      limit: "5",
      continueFrom: `/v2/Services?PageSize=1&Page=1&PageToken=PA${first.sid}`,
    });

    const listed = requestsTo("/verify/v2/Services").filter((request) => request.method === "GET");
    expect(Object.fromEntries(listed[0].query)).toEqual({ PageSize: "5", Page: "1", PageToken: `PA${first.sid}` });
    expect(list).toEqual({ services: [], nextPageUri: null, hasMore: false });
  });

  it.each([
    ["another resource", "/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications?PageSize=1"],
    ["another host", "https://example.com/v2/Services?PageSize=1"],
    ["the REST API", "https://api.twilio.com/v2/Services?PageSize=1"],
  ])("refuses to continue from %s", async (_name, continueFrom) => {
    const error = await failureOf(run("listVerifyServices", on.sandbox.url, { continueFrom }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Continue From"/);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("creates a service with only the settings turned on, leaving Twilio's defaults for the rest", async () => {
    const service = await create("Acme", { skipSmsToLandlines: true });

    expect(`${on.sandbox.requests[0].method} ${on.sandbox.requests[0].path}`).toBe("POST /verify/v2/Services");
    expect(Object.fromEntries(on.sandbox.requests[0].form)).toEqual({ FriendlyName: "Acme", SkipSmsToLandlines: "true" });
    expect(service).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^VA/), friendlyName: "Acme" }));
    expect(service.codeLength).toBe(6);
  });

  it("reports Twilio's refusal of a new service", async () => {
    on.sandbox.faults.set([{ kind: "refused", method: "POST", path: "/verify/v2/Services$", code: 60200 }]);

    const error = await failureOf(create("Acme"));

    expect(error.message).toMatch(/Twilio error 60200 \(HTTP 400\): Invalid parameter/);
  });

  it.each([
    ["no name", { friendlyName: "" }, /Input "Friendly Name"/],
    ["a name over 30 characters", { friendlyName: "x".repeat(31) }, /Input "Friendly Name": expected at most 30/],
    ["a code length of 3", { friendlyName: "Acme", codeLength: "3" }, /Input "Code Length": expected a whole number from 4 to 10/],
  ])("refuses %s before any request", async (_name, params, message) => {
    const error = await failureOf(run("createVerifyService", on.sandbox.url, params));
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("selectVerifyService lists one page of { key, label } elements, by name", async () => {
    const payments = await create("Payments");
    const login = await create("Login codes");

    const elements = await pick(on.sandbox.url);

    const listed = requestsTo("/verify/v2/Services").filter((request) => request.method === "GET");
    expect(listed[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      { key: login.sid, label: `Login codes (${login.sid})` },
      { key: payments.sid, label: `Payments (${payments.sid})` },
    ]);
  });
});
