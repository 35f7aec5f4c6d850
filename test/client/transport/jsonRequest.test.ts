import { InputError } from "../../../src/client/transport/errors";
import { continuationUrl, isoDate, nextPagePath, requestJson, withPageSize } from "../../../src/client/transport/jsonRequest";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, MESSAGE_SID } from "../../support/harness";
import { startTestSandbox } from "../../support/sandbox";

const ORIGIN = "https://content.twilio.com";

describe("requestJson", () => {
  it("sends the form, query and headers through the client, and parses the answer", async () => {
    const sandbox = await startTestSandbox({ tickMs: 0 });
    try {
      sandbox.addMessage({
        sid: MESSAGE_SID,
        direction: "outbound-api",
        from: "+15017122661",
        to: "+15558675310",
        body: "Hi",
        sentAt: Date.now(),
      });
      sandbox.requests.length = 0;
      const client = getTwilioClient(authTokenConnection(sandbox.url));
      const messages = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages`;
      const media = ["https://demo.twilio.com/owl.png", "https://demo.twilio.com/logo.png"];
      const answer = await requestJson<{ num_media: string; to: string }>(client, {
        method: "post",
        uri: `${messages}.json`,
        params: { PageSize: 5 },
        data: { To: "+15558675310", From: "+15017122661", MediaUrl: media },
        headers: { "If-Match": "3" },
      });
      expect(answer).toMatchObject({ num_media: "2", to: "+15558675310" });
      expect(sandbox.requests[0]).toMatchObject({ method: "POST", path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` });
      expect(sandbox.requests[0].form.getAll("MediaUrl")).toEqual(media);
      expect(sandbox.requests[0].query.get("PageSize")).toBe("5");
      expect(sandbox.requests[0].headers["if-match"]).toBe("3");
      expect(await requestJson(client, { method: "delete", uri: `${messages}/${MESSAGE_SID}.json` })).toBeFalsy();
    } finally {
      await sandbox.close();
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
    const read = (text: string) => continuationUrl(ORIGIN, "/v1/Content", text, "a nextPageUri of List Content");
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
      expect(() => read(text)).toThrow(/^Input "next_page_uri": expected a nextPageUri of List Content/);
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
