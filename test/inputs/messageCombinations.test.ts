import { InputError } from "../../src/client/transport/errors";
import { checkMessageCombinations } from "../../src/inputs/messageCombinations";

const SERVICE = `MG${"0123456789abcdef".repeat(2)}`;
const TEMPLATE = `HX${"0123456789abcdef".repeat(2)}`;
const NOW = new Date("2026-11-20T16:00:00Z");
const MINUTE = 60_000;

type Content = Parameters<typeof checkMessageCombinations>[0];
const content = (overrides: Partial<Content> = {}): Content => ({
  sender: { from: "+15017122661" },
  body: "Hello",
  mediaUrls: [],
  ...overrides,
  shortenUrls: overrides.shortenUrls ?? false,
});
const at = (ms: number) => new Date(NOW.getTime() + ms);

function refusal(overrides: Partial<Content>): string {
  try {
    checkMessageCombinations(content(overrides), NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected the combination to be refused");
}

describe("checkMessageCombinations", () => {
  it("accepts a body, media or a template alone, from a number or a Messaging Service", () => {
    checkMessageCombinations(content(), NOW);
    checkMessageCombinations(content({ body: undefined, mediaUrls: ["https://demo.twilio.com/owl.png"] }), NOW);
    checkMessageCombinations(
      content({ body: undefined, contentSid: TEMPLATE, contentVariables: '{"1":"x"}', checkContentVariables: true }),
      NOW,
    );
    checkMessageCombinations(content({ sender: { messagingServiceSid: SERVICE }, shortenUrls: true }), NOW);
    checkMessageCombinations(content({ sender: undefined, messagingServiceSid: SERVICE }), NOW);
  });

  it.each<[string, Partial<Content>, RegExp]>([
    ["no sender", { sender: undefined }, /^Input "From": expected a sender: set From or Messaging Service SID/],
    ["nothing to send", { body: undefined }, /^Input "Message": expected a body, Media URLs or a Content Template SID/],
    ["variables without a template", { contentVariables: "{}" }, /^Input "Content Variables": expected a Content Template SID as well/],
    ["a check without a template", { checkContentVariables: true }, /^Input "Check Content Variables": expected a Content Template SID/],
    ["shortening from a number", { shortenUrls: true }, /^Input "Shorten URLs": expected a Messaging Service SID as well/],
    ["scheduling from a number", { sendAt: at(60 * MINUTE) }, /^Input "Send At": expected a Messaging Service SID as well/],
  ])("refuses %s, naming the input", (_case, overrides, message) => {
    expect(refusal(overrides)).toMatch(message);
  });

  it("schedules more than 5 minutes and at most 35 days ahead", () => {
    const viaService = { sender: { messagingServiceSid: SERVICE } };
    checkMessageCombinations(content({ ...viaService, sendAt: at(5 * MINUTE + 1) }), NOW);
    checkMessageCombinations(content({ ...viaService, sendAt: at(35 * 24 * 60 * MINUTE) }), NOW);
    for (const sendAt of [at(5 * MINUTE), at(-MINUTE), at(35 * 24 * 60 * MINUTE + 1)])
      expect(refusal({ ...viaService, sendAt })).toBe(
        `Input "Send At": expected a time more than 5 minutes and at most 35 days from now, got "${sendAt.toISOString()}".`,
      );
  });
});
