import type { Element } from "@prismatic-io/spectral";
import type { ContentTemplate, ContentTemplateList } from "../../../src/client/content/templates";
import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { createContentTemplate, startTestSandbox, type TestSandbox } from "../../support/sandbox";

const sid = (n: number) => `HX${String(n).padStart(32, "0")}`;
const LIST_PATH = "/content/v1/ContentAndApprovals";

function template(n: number, status: string | null, body = "Hi {{1}}, your order {{2}} has shipped.") {
  return {
    sid: sid(n),
    account_sid: `AC${"0".repeat(32)}`,
    friendly_name: `template_${n}`,
    language: "en",
    variables: { "1": "Jane", "2": "#1234" },
    types: { "twilio/text": { body } },
    date_created: "2026-11-02T09:15:00Z",
    date_updated: "2026-11-03T10:20:00Z",
    approval_requests: status === null ? null : { name: `template_${n}`, category: "UTILITY", status, rejection_reason: "" },
  };
}

/** Twilio's template list: `templates` served `PageSize` at a time, next-page links on content.twilio.com. */
function templateList(templates: ReturnType<typeof template>[]) {
  return startLoopbackServer((req) => {
    if (req.path !== LIST_PATH) return { status: 404, json: twilioErrorBody(20404, "Not found", 404) };
    const pageSize = Number(req.query.get("PageSize") ?? 50);
    const start = Number(req.query.get("PageToken") ?? 0);
    const end = start + pageSize;
    return {
      status: 200,
      json: {
        contents: templates.slice(start, end),
        meta: {
          page_size: pageSize,
          key: "contents",
          next_page_url:
            end < templates.length ? `https://content.twilio.com/v1/ContentAndApprovals?PageSize=${pageSize}&PageToken=${end}` : null,
        },
      },
    };
  });
}

const list = async (baseUrl: string, params: Record<string, unknown> = {}) =>
  (
    (await harness.action("listContentTemplates", { twilioConnection: authTokenConnection(baseUrl), ...params })) as {
      data: ContentTemplateList;
    }
  ).data;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("content templates against Twilio's official spec", () => {
  // No template exists yet: what counts here is that the request is accepted.
  it("lists templates in the shape the spec accepts", async () => {
    const result = await list(twilio.url, { limit: "20", approvalStatus: "approved" });
    expect(result).toEqual({ templates: [], nextPageUri: null, hasMore: false });
  });

  it("gets one template with its WhatsApp approval", async () => {
    // A sandbox of its own, so the lists above and below stay empty.
    const own = await startTestSandbox();
    const created = await createContentTemplate(own, "Your order {{1}} has shipped", "approved");
    const { data } = (await harness.action("getContentTemplate", {
      twilioConnection: authTokenConnection(own.url),
      sid: created,
    })) as { data: ContentTemplate };
    await own.close();
    expect(data.sid).toBe(created);
    expect(data.whatsappApproval).toEqual(expect.objectContaining({ status: "approved", category: "UTILITY" }));
    expect(data.approvalStatus).toBe("approved");
  });

  it("selectContentTemplate reads the list the spec accepts", async () => {
    const { result } = (await harness.dataSource("selectContentTemplate", { connection: authTokenConnection(twilio.url) })) as {
      result: Element[];
    };
    expect(result).toEqual([]);
  });
});

describe("listContentTemplates paging and filter", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("reads pages until the limit, each asking only for what is still wanted, and resumes after the last one returned", async () => {
    server = await templateList(Array.from({ length: 7 }, (_, i) => template(i + 1, "approved")));
    const first = await list(server.url, { limit: "5" });
    expect(first.templates.map((t) => t.sid)).toEqual([1, 2, 3, 4, 5].map(sid));
    expect(first.hasMore).toBe(true);
    expect(first.nextPageUri).toBe("/v1/ContentAndApprovals?PageSize=5&PageToken=5");
    const rest = await list(server.url, { limit: "5", continueFrom: first.nextPageUri });
    expect(rest.templates.map((t) => t.sid)).toEqual([6, 7].map(sid));
    expect(rest).toMatchObject({ nextPageUri: null, hasMore: false });
    expect(server.requests.every((req) => req.path === LIST_PATH)).toBe(true);
  });

  it("filters by approval status across pages without skipping a match at the limit", async () => {
    const statuses = ["approved", "rejected", "pending", "approved", null, "approved", "approved", "rejected", "approved"];
    server = await templateList(statuses.map((status, i) => template(i + 1, status)));
    const approved = await list(server.url, { approvalStatus: "approved", limit: "3" });
    expect(approved.templates.map((t) => t.sid)).toEqual([1, 4, 6].map(sid));
    expect(approved.templates.every((t) => t.whatsappApproval?.status === "approved")).toBe(true);
    // Each page asked for no more than the matches still wanted: 3, then 2, then 1.
    expect(server.requests.map((req) => req.query.get("PageSize"))).toEqual(["3", "2", "1"]);
    const more = await list(server.url, { approvalStatus: "approved", limit: "3", continueFrom: approved.nextPageUri });
    expect(more.templates.map((t) => t.sid)).toEqual([7, 9].map(sid));
    const notSubmitted = await list(server.url, { approvalStatus: "unsubmitted" });
    expect(notSubmitted.templates.map((t) => t.sid)).toEqual([sid(5)]);
    expect(notSubmitted.templates[0]).toMatchObject({ approvalStatus: "unsubmitted", whatsappApproval: null });
  });

  it("shows each template's content types, placeholders in order and dates as ISO strings", async () => {
    server = await templateList([template(1, "approved", "{{2}} and {{1}}, then {{ 10 }} and {{1}} again")]);
    const [only] = (await list(server.url)).templates;
    expect(only).toMatchObject({
      contentTypes: ["twilio/text"],
      placeholders: ["1", "2", "10"],
      variables: { "1": "Jane", "2": "#1234" },
      dateCreated: "2026-11-02T09:15:00.000Z",
    });
  });

  it.each([
    ["another resource", "/v1/Content?PageSize=5"],
    ["another host", "https://evil.example.com/v1/ContentAndApprovals?PageSize=5"],
    ["another product", "https://api.twilio.com/v1/ContentAndApprovals?PageSize=5"],
  ])("refuses a Continue From on %s before any request", async (_name, continueFrom) => {
    server = await templateList([]);
    const error = await failureOf(list(server.url, { continueFrom }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(server.requests).toHaveLength(0);
  });
});

describe("getContentTemplate and the picker", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("reads the template and its approval request, and says when WhatsApp has none", async () => {
    server = await startLoopbackServer((req) => {
      if (req.path === `/content/v1/Content/${sid(3)}`)
        return { status: 200, json: { ...template(3, null), approval_requests: undefined } };
      return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
    });
    const { data } = (await harness.action("getContentTemplate", { twilioConnection: authTokenConnection(server.url), sid: sid(3) })) as {
      data: ContentTemplate;
    };
    expect(data).toMatchObject({ sid: sid(3), approvalStatus: "unsubmitted", whatsappApproval: null, placeholders: ["1", "2"] });
    expect(server.requests.map((req) => req.path).sort()).toEqual([
      `/content/v1/Content/${sid(3)}`,
      `/content/v1/Content/${sid(3)}/ApprovalRequests`,
    ]);
  });

  it("labels the picker with name, type and approval status, sorted", async () => {
    server = await templateList([template(2, "rejected"), template(1, null)]);
    const { result } = (await harness.dataSource("selectContentTemplate", { connection: authTokenConnection(server.url) })) as {
      result: Element[];
    };
    expect(server.requests[0].query.get("PageSize")).toBe("500");
    expect(result).toEqual([
      { key: sid(1), label: "template_1 · twilio/text · not submitted to WhatsApp" },
      { key: sid(2), label: "template_2 · twilio/text · WhatsApp rejected" },
    ]);
  });
});

describe("content template inputs", () => {
  it("refuses an approval status WhatsApp does not have, naming the input", async () => {
    const error = await failureOf(list("http://127.0.0.1:9", { approvalStatus: "maybe" }));
    expect(error.message).toMatch(/^Input "Approval Status": expected approved, pending/);
  });
  it("refuses a SID that is not a template's before any request", async () => {
    const error = await failureOf(
      harness.action("getContentTemplate", { twilioConnection: authTokenConnection("http://127.0.0.1:9"), sid: "HX../../Accounts" }),
    );
    expect(error.message).toContain('Input "Content Template SID"');
  });

  it("is the picker of the send actions' Content Template input", async () => {
    const { contentSid } = await import("../../../src/inputs/messages");
    expect(contentSid.dataSource).toBe("selectContentTemplate");
  });
});
