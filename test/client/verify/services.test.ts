import type { Element } from "@prismatic-io/spectral";
import { InputError } from "../../../src/client/transport/errors";
import type { VerifyServiceList, VerifyServiceRecord } from "../../../src/client/verify/services";
import { SERVICE_SID } from "../../actions/verify/support";
import { authTokenConnection, contractUrl, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";

const run = async <T>(key: string, baseUrl: string, params: Record<string, unknown> = {}): Promise<T> =>
  ((await harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params })) as { data: T }).data;

const pick = async (baseUrl: string): Promise<Element[]> =>
  (await harness.dataSource("selectVerifyService", { connection: authTokenConnection(baseUrl) })).result as Element[];

function serviceBody(sid: string, friendlyName: string) {
  return {
    sid,
    account_sid: `AC${"0".repeat(32)}`,
    friendly_name: friendlyName,
    code_length: 6,
    lookup_enabled: true,
    skip_sms_to_landlines: false,
    do_not_share_warning_enabled: false,
    custom_code_enabled: false,
    dtmf_input_required: true,
    psd2_enabled: false,
    default_template_sid: null,
    push: { include_date: false },
    date_created: "2026-11-20T15:58:10Z",
    date_updated: "2026-11-20T15:58:10Z",
    url: `https://verify.twilio.com/v2/Services/${sid}`,
  };
}

const OTHER_SID = `VA${"ab".repeat(16)}`;

describe("Verify Services against Twilio's official spec", () => {
  it("lists services", async () => {
    const list = await run<VerifyServiceList>("listVerifyServices", contractUrl(), { limit: "20" });
    expect(list.services[0]).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^VA/), codeLength: expect.any(Number) }));
  });

  it("creates a service with every setting the action offers", async () => {
    const service = await run<VerifyServiceRecord>("createVerifyService", contractUrl(), {
      friendlyName: "Acme",
      codeLength: "8",
      skipSmsToLandlines: true,
      doNotShareWarning: true,
    });
    expect(service.sid).toMatch(/^VA/);
  });

  it("selectVerifyService returns { key, label } elements", async () => {
    const elements = await pick(contractUrl());
    expect(elements[0]).toEqual({ key: expect.stringMatching(/^VA/), label: expect.any(String) });
  });
});

describe("Verify Services over HTTP", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("reads one page of the limit's size and hands back where the next begins", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        services: [serviceBody(SERVICE_SID, "Login codes")],
        meta: {
          next_page_url: `https://verify.twilio.com/v2/Services?PageSize=1&Page=1&PageToken=PA${SERVICE_SID}`,
          page: 0,
          page_size: 1,
        },
      },
    }));

    const list = await run<VerifyServiceList>("listVerifyServices", server.url, { limit: "1" });

    expect(server.requests[0].path).toBe("/verify/v2/Services");
    expect(server.requests[0].query.get("PageSize")).toBe("1");
    expect(list).toEqual({
      services: [
        expect.objectContaining({
          sid: SERVICE_SID,
          friendlyName: "Login codes",
          dtmfInputRequired: true,
          dateCreated: "2026-11-20T15:58:10.000Z",
        }),
      ],
      nextPageUri: `/v2/Services?PageSize=1&Page=1&PageToken=PA${SERVICE_SID}`,
      hasMore: true,
    });
  });

  it("continues from a nextPageUri with the limit as its page size", async () => {
    server = await startLoopbackServer(() => ({ status: 200, json: { services: [], meta: { next_page_url: null } } }));

    const list = await run<VerifyServiceList>("listVerifyServices", server.url, {
      limit: "5",
      continueFrom: `/v2/Services?PageSize=1&Page=1&PageToken=PA${SERVICE_SID}`,
    });

    expect(Object.fromEntries(server.requests[0].query)).toEqual({ PageSize: "5", Page: "1", PageToken: `PA${SERVICE_SID}` });
    expect(list).toEqual({ services: [], nextPageUri: null, hasMore: false });
  });

  it.each([
    ["another resource", `/v2/Services/${SERVICE_SID}/Verifications?PageSize=1`],
    ["another host", "https://example.com/v2/Services?PageSize=1"],
    ["the REST API", "https://api.twilio.com/v2/Services?PageSize=1"],
  ])("refuses to continue from %s", async (_name, continueFrom) => {
    server = await startLoopbackServer(() => ({ status: 500, body: "must not be called" }));
    const error = await failureOf(run("listVerifyServices", server.url, { continueFrom }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Continue From"/);
    expect(server.requests).toHaveLength(0);
  });

  it("creates a service with only the settings turned on, leaving Twilio's defaults for the rest", async () => {
    server = await startLoopbackServer(() => ({ status: 201, json: serviceBody(SERVICE_SID, "Acme") }));

    const service = await run<VerifyServiceRecord>("createVerifyService", server.url, { friendlyName: "Acme", skipSmsToLandlines: true });

    expect(`${server.requests[0].method} ${server.requests[0].path}`).toBe("POST /verify/v2/Services");
    expect(Object.fromEntries(server.requests[0].form)).toEqual({ FriendlyName: "Acme", SkipSmsToLandlines: "true" });
    expect(service).toEqual(expect.objectContaining({ sid: SERVICE_SID, friendlyName: "Acme" }));
  });

  it("reports Twilio's refusal of a new service", async () => {
    server = await startLoopbackServer(() => ({ status: 400, json: twilioErrorBody(60200, "Invalid parameter", 400) }));

    const error = await failureOf(run("createVerifyService", server.url, { friendlyName: "Acme" }));

    expect(error.message).toMatch(/Twilio error 60200 \(HTTP 400\): Invalid parameter/);
  });

  it.each([
    ["no name", { friendlyName: "" }, /Input "Friendly Name"/],
    ["a name over 30 characters", { friendlyName: "x".repeat(31) }, /Input "Friendly Name": expected at most 30/],
    ["a code length of 3", { friendlyName: "Acme", codeLength: "3" }, /Input "Code Length": expected a whole number from 4 to 10/],
  ])("refuses %s before any request", async (_name, params, message) => {
    server = await startLoopbackServer(() => ({ status: 500, body: "must not be called" }));
    const error = await failureOf(run("createVerifyService", server.url, params));
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it("selectVerifyService lists one page, by name", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: { services: [serviceBody(SERVICE_SID, "Payments"), serviceBody(OTHER_SID, "Login codes")], meta: { next_page_url: null } },
    }));

    const elements = await pick(server.url);

    expect(server.requests[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      { key: OTHER_SID, label: `Login codes (${OTHER_SID})` },
      { key: SERVICE_SID, label: `Payments (${SERVICE_SID})` },
    ]);
  });
});
