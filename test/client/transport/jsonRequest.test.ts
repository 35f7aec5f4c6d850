import { InputError } from "../../../src/client/transport/errors";
import { continuationUrl, isoDate, nextPagePath, requestJson, withPageSize } from "../../../src/client/transport/jsonRequest";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { startLoopbackServer } from "../../support/loopback";

const ORIGIN = "https://content.twilio.com";

describe("requestJson", () => {
  it("sends the form, query and headers through the client, and parses the answer", async () => {
    const server = await startLoopbackServer((request) =>
      request.method === "DELETE"
        ? { status: 204 }
        : { status: 200, json: { got: request.form.getAll("Tag"), q: request.query.get("PageSize") } },
    );
    try {
      const client = getTwilioClient(authTokenConnection(server.url));
      const answer = await requestJson<{ got: string[]; q: string }>(client, {
        method: "post",
        uri: `${ORIGIN}/v1/Things`,
        params: { PageSize: 5 },
        data: { Tag: ["a", "b"] },
        headers: { "If-Match": "3" },
      });
      expect(answer).toEqual({ got: ["a", "b"], q: "5" });
      expect(server.requests[0]).toMatchObject({ method: "POST", path: "/content/v1/Things" });
      expect(server.requests[0].headers["if-match"]).toBe("3");
      expect(await requestJson(client, { method: "delete", uri: `${ORIGIN}/v1/Things/1` })).toBeFalsy();
    } finally {
      await server.close();
    }
  });
});

describe("list links", () => {
  it("nextPagePath keeps only the path and query of a next-page link", () => {
    expect(nextPagePath({ meta: { next_page_url: "https://evil.example.com/v1/Content?PageToken=x" } })).toBe("/v1/Content?PageToken=x");
    expect(nextPagePath({ meta: { next_page_url: null } })).toBeNull();
    expect(nextPagePath({})).toBeNull();
  });

  it("continuationUrl takes a path or a URL of exactly the list, on the product's origin", () => {
    const read = (text: string) => continuationUrl(ORIGIN, "/v1/Content", text, "Continue From", "a nextPageUri of List Content");
    expect(read("/v1/Content?PageSize=50&PageToken=PT1")).toBe(`${ORIGIN}/v1/Content?PageSize=50&PageToken=PT1`);
    expect(read(`${ORIGIN}/v1/Content?PageToken=PT1`)).toBe(`${ORIGIN}/v1/Content?PageToken=PT1`);
    for (const text of [
      "/v1/Content/HX1?PageToken=PT1",
      "https://evil.example.com/v1/Content?PageToken=PT1",
      "https://user:pass@content.twilio.com/v1/Content",
      "/v1/Content/../Services",
      "PageToken=PT1",
    ]) {
      expect(() => read(text)).toThrow(InputError);
      expect(() => read(text)).toThrow(/^Input "Continue From": expected a nextPageUri of List Content/);
    }
  });

  it("withPageSize sets the page size and keeps the rest of the query", () => {
    expect(withPageSize(`${ORIGIN}/v1/Content?PageSize=50&PageToken=PT1`, 7)).toBe(`${ORIGIN}/v1/Content?PageSize=7&PageToken=PT1`);
  });
});

describe("isoDate", () => {
  it("reads Twilio's ISO 8601 and RFC 2822 dates as ISO instants", () => {
    expect(isoDate("2026-11-20T16:04:31Z")).toBe("2026-11-20T16:04:31.000Z");
    expect(isoDate("Fri, 20 Nov 2026 16:04:31 +0000")).toBe("2026-11-20T16:04:31.000Z");
  });

  it("gives null for no date, and keeps text it cannot read as it is", () => {
    expect(isoDate(null)).toBeNull();
    expect(isoDate("")).toBeNull();
    expect(isoDate(1732118671)).toBeNull();
    expect(isoDate("soon")).toBe("soon");
  });
});
