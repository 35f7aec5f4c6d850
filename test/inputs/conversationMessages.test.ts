import { checkMessageContent, contentTemplate, mediaSids, messageBody, messageOrder } from "../../src/inputs/conversationMessages";
import { refusal } from "../support/refusal";

const MEDIA = (n: number) => `ME${n.toString(16).padStart(32, "0")}`;

describe("conversation message inputs", () => {
  it("Body: within Twilio's limit", () => {
    expect(messageBody.clean?.("Hello")).toBe("Hello");
    expect(messageBody.clean?.("")).toBeUndefined();
    expect(refusal(() => messageBody.clean?.("x".repeat(100_000)))).toMatch(
      /^Input "Body": expected at most \d+ characters \(Twilio's limit\), got "100000 characters"/,
    );
  });

  it("Media SIDs: ME SIDs, a bounded number of them", () => {
    expect(mediaSids.clean?.([MEDIA(1), MEDIA(2)])).toEqual([MEDIA(1), MEDIA(2)]);
    expect(mediaSids.clean?.(undefined)).toEqual([]);
    expect(refusal(() => mediaSids.clean?.(["ME1"]))).toMatch(/^Input "Media SIDs": expected a SID: "ME"/);
    const many = Array.from({ length: 50 }, (_, index) => MEDIA(index));
    expect(refusal(() => mediaSids.clean?.(many))).toMatch(/^Input "Media SIDs": expected at most \d+ media/);
  });

  it("Content Template and Order", () => {
    expect(contentTemplate.clean?.(`HX${"a".repeat(32)}`)).toBe(`HX${"a".repeat(32)}`);
    expect(refusal(() => contentTemplate.clean?.("HX1"))).toMatch(/^Input "Content Template"/);
    expect(messageOrder.clean?.("desc")).toBe("desc");
    expect(messageOrder.clean?.("anything else")).toBe("asc");
  });
});

describe("checkMessageContent", () => {
  it("needs something to send, and variables only with a template", () => {
    checkMessageContent({ body: "Hi", mediaSids: [] });
    checkMessageContent({ mediaSids: [MEDIA(1)] });
    checkMessageContent({ mediaSids: [], contentTemplate: "HX1", contentVariables: { 1: "Jane" } });
    expect(refusal(() => checkMessageContent({ mediaSids: [] }))).toMatch(
      /^Input "Body": expected a text, Media SIDs or a Content Template/,
    );
    expect(refusal(() => checkMessageContent({ body: "Hi", mediaSids: [], contentVariables: { 1: "Jane" } }))).toMatch(
      /^Input "Content Variables": expected to be empty without a Content Template/,
    );
  });
});
