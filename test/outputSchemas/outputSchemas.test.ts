import component from "../../src";
import { actions } from "../../src/actions";
import { messageListExample } from "../../src/examplePayloads/messages";
import { outputProblems } from "../support/outputSchemas";

/**
 * The designer's three fields on every action. Safe means the designer may run the real perform
 * to fill in live data: only reads with no cost or side effect whatever the inputs. The rest send,
 * call, create, change, delete, wait, or may bill, and run their examplePerform there instead.
 */
const SAFE = [
  "getSMS",
  "listMessages",
  "listMessageMedia",
  "downloadMessageMedia",
  "listPhoneNumbers",
  "testConnection",
  "listVerifyServices",
  "listContentTemplates",
  "getContentTemplate",
  "getStudioExecution",
  "getCall",
  "listCalls",
  "listRecordings",
  "getRecording",
  "downloadRecording",
  "getConversation",
  "listConversations",
  "listConversationParticipants",
  "listConversationMessages",
  "searchAvailablePhoneNumbers",
  "checkSenderCompliance",
  "listSubaccounts",
  "getSubaccount",
  "listUsageRecords",
  "getAccountBalance",
  "getTranscript",
  "listTranscripts",
  "listAlerts",
];

type Definition = {
  outputSchema?: { type: string; schema?: unknown };
  performSafety?: string;
  examplePerform?: unknown;
  examplePayload?: unknown;
};
const definitions = Object.entries(actions as Record<string, Definition>);

describe("the designer's fields", () => {
  it.each(definitions)(
    "%s declares an output schema of its data, its perform safety, and an example perform when it is not safe",
    (key, definition) => {
      expect(definition.outputSchema?.type).toBe("actionOutput");
      expect(definition.performSafety).toBe(SAFE.includes(key) ? "safe" : "notAllowed");
      expect(typeof definition.examplePerform).toBe(definition.performSafety === "notAllowed" ? "function" : "undefined");
    },
  );

  it("marks safe only actions that exist: a renamed read is not silently made unsafe", () => {
    expect(SAFE.filter((key) => !(key in actions))).toEqual([]);
  });

  it("sends them to the platform in its own form: the schema as a JSON string, the safety as its enum", () => {
    for (const [key, action] of Object.entries(component.actions)) {
      const converted = action as unknown as {
        outputSchema: { type: string; schema: string };
        performSafety: string;
        examplePerformSafety?: string;
      };
      expect(converted.outputSchema.type).toBe("actionOutput");
      expect(JSON.parse(converted.outputSchema.schema)).toEqual((actions as Record<string, Definition>)[key].outputSchema?.schema);
      expect(converted.performSafety).toBe(SAFE.includes(key) ? "SAFE" : "NOT_ALLOWED");
      if (!SAFE.includes(key)) expect(converted.examplePerformSafety).toBe("SAFE");
    }
  });

  it.each(definitions)("%s: its example payload matches its output schema", (key, definition) => {
    const payload = definition.examplePayload as { data: unknown };
    expect(outputProblems(key, payload.data)).toEqual([]);
  });

  it("describes every field for the builder", () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      if (typeof schema.description !== "string" || schema.description.length === 0) undescribed.push(path);
      for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>))
        walk(child, `${path}.${name}`);
      if (schema.items) walk(schema.items as Record<string, unknown>, `${path}[]`);
    };
    for (const [key, definition] of definitions) walk(definition.outputSchema?.schema as Record<string, unknown>, key);
    expect(undescribed).toEqual([]);
  });

  it("rejects an output that does not match: a wrong type, a missing field, a field the schema does not know", () => {
    const [message] = (messageListExample as { messages: Record<string, unknown>[] }).messages;
    const page = { messages: [message], nextPageUri: null, hasMore: false };
    expect(outputProblems("listMessages", page)).toEqual([]);
    expect(outputProblems("listMessages", { ...page, hasMore: "no" })).toEqual([expect.stringContaining("/hasMore must be boolean")]);
    expect(outputProblems("listMessages", { messages: [], hasMore: false })).toEqual([
      expect.stringContaining("must have required property 'nextPageUri'"),
    ]);
    expect(outputProblems("listMessages", { ...page, messages: [{ ...message, surprise: 1 }] })).toEqual([
      expect.stringContaining("must NOT have additional properties"),
    ]);
    expect(outputProblems("getSMS", { ...message, dateCreated: "yesterday" })).toEqual([
      expect.stringContaining('must match format "date-time"'),
    ]);
  });

  // A budget per action: a total fixed when there were 31 actions (80,000) would refuse every new product.
  it("keeps the schemas compact: they load with the component", () => {
    const size = definitions.reduce((total, [, definition]) => total + JSON.stringify(definition.outputSchema).length, 0);
    expect(size / definitions.length).toBeLessThan(2_000);
  });
});
