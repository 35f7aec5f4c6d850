import type { Element } from "@prismatic-io/spectral";
import type { ContentTemplate, ContentTemplateList } from "../../../src/client/content/templates";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { createContentTemplate, sharedSandbox, startTestSandbox, type TestSandbox } from "../../support/sandbox";

const LIST_PATH = "/content/v1/ContentAndApprovals";
const CREATED_AT = Date.parse("2026-11-02T09:15:00Z");
const NOT_SUBMITTED = { status: "unsubmitted", name: null, category: null, rejectionReason: null };

/** A sandbox of the test's own with its clock stopped at CREATED_AT, and how to make templates in it. */
async function templateSandbox() {
  const sandbox = await startTestSandbox({ clock: { startAt: CREATED_AT, running: false }, tickMs: 0 });
  /**
   * Creates a template for each entry, with its WhatsApp approval status (null: never submitted), named template_1,
   * template_2... unless `numbers` names them otherwise; their SIDs in order.
   */
  const create = async (statuses: Array<string | null>, body = "Hi {{1}}, your order {{2}} has shipped.", numbers?: number[]) => {
    const sids: string[] = [];
    for (const [index, status] of statuses.entries()) {
      const answer = await fetch(`${sandbox.url}/content/v1/Content`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({
          friendly_name: `template_${numbers?.[index] ?? index + 1}`,
          language: "en",
          variables: { "1": "Jane", "2": "#1234" },
          types: { "twilio/text": { body } },
        }),
      });
      const { sid } = (await answer.json()) as { sid: string };
      if (status !== null) await sandbox.control("POST", "content/approval", { sid, status });
      sids.push(sid);
    }
    sandbox.requests.length = 0;
    return sids;
  };
  return { sandbox, create };
}

const list = async (baseUrl: string, params: Record<string, unknown> = {}) =>
  (
    (await harness.action("listContentTemplates", { twilioConnection: authTokenConnection(baseUrl), ...params })) as {
      data: ContentTemplateList;
    }
  ).data;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const on = sharedSandbox({ clock: { running: true } });

describe("content templates against Twilio's official spec", () => {
  // No template exists yet: what counts here is that the request is accepted.
  it("lists templates in the shape the spec accepts", async () => {
    const result = await list(on.sandbox.url, { limit: "20", approvalStatus: "approved" });
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
    const { result } = (await harness.dataSource("selectContentTemplate", { connection: authTokenConnection(on.sandbox.url) })) as {
      result: Element[];
    };
    expect(result).toEqual([]);
  });
});

describe("listContentTemplates paging and filter", () => {
  let sandbox: TestSandbox;
  let create: Awaited<ReturnType<typeof templateSandbox>>["create"];
  beforeEach(async () => {
    ({ sandbox, create } = await templateSandbox());
  });
  afterEach(() => sandbox.close());

  it("reads pages until the limit, each asking only for what is still wanted, and resumes after the last one returned", async () => {
    const sids = await create(Array(7).fill("approved"));
    const first = await list(sandbox.url, { limit: "5" });
    expect(first.templates.map((t) => t.sid)).toEqual(sids.slice(0, 5));
    expect(first.hasMore).toBe(true);
    expect(first.nextPageUri).toBe(`/v1/ContentAndApprovals?PageSize=5&Page=1&PageToken=PA${sids[4]}`);
    const rest = await list(sandbox.url, { limit: "5", continueFrom: first.nextPageUri });
    expect(rest.templates.map((t) => t.sid)).toEqual(sids.slice(5));
    expect(rest).toMatchObject({ nextPageUri: null, hasMore: false });
    expect(sandbox.requests.every((req) => req.path === LIST_PATH)).toBe(true);
  });

  it("filters by approval status across pages without skipping a match at the limit", async () => {
    const sids = await create(["approved", "rejected", "pending", "approved", null, "approved", "approved", "rejected", "approved"]);
    const numbered = (...ns: number[]) => ns.map((n) => sids[n - 1]);
    const approved = await list(sandbox.url, { approvalStatus: "approved", limit: "3" });
    expect(approved.templates.map((t) => t.sid)).toEqual(numbered(1, 4, 6));
    expect(approved.templates.every((t) => t.whatsappApproval?.status === "approved")).toBe(true);
    // Each page asked for no more than the matches still wanted: 3, then 2, then 1.
    expect(sandbox.requests.map((req) => req.query.get("PageSize"))).toEqual(["3", "2", "1"]);
    const more = await list(sandbox.url, { approvalStatus: "approved", limit: "3", continueFrom: approved.nextPageUri });
    expect(more.templates.map((t) => t.sid)).toEqual(numbered(7, 9));
    const notSubmitted = await list(sandbox.url, { approvalStatus: "unsubmitted" });
    expect(notSubmitted.templates.map((t) => t.sid)).toEqual(numbered(5));
    // Twilio answers a template never submitted with WhatsApp approval status "unsubmitted" and nothing else.
    expect(notSubmitted.templates[0]).toMatchObject({ approvalStatus: "unsubmitted", whatsappApproval: NOT_SUBMITTED });
  });

  it("shows each template's content types, placeholders in order and dates as ISO strings", async () => {
    await create(["approved"], "{{2}} and {{1}}, then {{ 10 }} and {{1}} again");
    const [only] = (await list(sandbox.url)).templates;
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
    const error = await failureOf(list(sandbox.url, { continueFrom }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(sandbox.requests).toHaveLength(0);
  });
});

describe("getContentTemplate and the picker", () => {
  let sandbox: TestSandbox;
  let create: Awaited<ReturnType<typeof templateSandbox>>["create"];
  beforeEach(async () => {
    ({ sandbox, create } = await templateSandbox());
  });
  afterEach(() => sandbox.close());

  it("reads the template and its approval request, and says when WhatsApp has none", async () => {
    const [sid] = await create([null]);
    const { data } = (await harness.action("getContentTemplate", { twilioConnection: authTokenConnection(sandbox.url), sid })) as {
      data: ContentTemplate;
    };
    expect(data).toMatchObject({ sid, approvalStatus: "unsubmitted", whatsappApproval: NOT_SUBMITTED, placeholders: ["1", "2"] });
    expect(sandbox.requests.map((req) => req.path).sort()).toEqual([
      `/content/v1/Content/${sid}`,
      `/content/v1/Content/${sid}/ApprovalRequests`,
    ]);
  });

  it("labels the picker with name, type and approval status, sorted", async () => {
    const [second, first] = await create(["rejected", null], undefined, [2, 1]);
    const { result } = (await harness.dataSource("selectContentTemplate", { connection: authTokenConnection(sandbox.url) })) as {
      result: Element[];
    };
    expect(sandbox.requests[0].query.get("PageSize")).toBe("500");
    expect(result).toEqual([
      { key: first, label: "template_1 · twilio/text · not submitted to WhatsApp" },
      { key: second, label: "template_2 · twilio/text · WhatsApp rejected" },
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
