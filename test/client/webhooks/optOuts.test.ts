import { optOutTypeOf } from "../../../src/client/webhooks/optOuts";

const incoming = (fields: Record<string, unknown>) => ({ eventType: "incomingMessage", fields }) as Parameters<typeof optOutTypeOf>[0];

describe("optOutTypeOf", () => {
  it.each([
    ["STOP", "STOP"],
    [" stop ", "STOP"],
    ["Unsubscribe", "STOP"],
    ["cancel", "STOP"],
    ["OPTOUT", "STOP"],
    ["REVOKE", "STOP"],
    ["start", "START"],
    ["YES", "START"],
    ["unstop", "START"],
    ["help", "HELP"],
    ["INFO", "HELP"],
  ])("reads the whole message %j as %s", (body, type) => {
    expect(optOutTypeOf(incoming({ Body: body }))).toBe(type);
  });

  it.each(["STOP please", "please stop", "", "S T O P"])("does not read %j as a keyword, as Twilio does not", (body) => {
    expect(optOutTypeOf(incoming({ Body: body }))).toBeNull();
  });

  it("takes Twilio's own OptOutType (Advanced Opt-Out, custom keywords included) over the body", () => {
    expect(optOutTypeOf(incoming({ Body: "arrêt", OptOutType: "stop" }))).toBe("STOP");
    expect(optOutTypeOf(incoming({ Body: "STOP", OptOutType: "START" }))).toBe("START");
    expect(optOutTypeOf(incoming({ Body: "STOP", OptOutType: "SOMETHING" }))).toBe("STOP");
  });

  it("only reads incoming messages", () => {
    expect(optOutTypeOf({ eventType: "statusCallback", fields: { Body: "STOP" } } as Parameters<typeof optOutTypeOf>[0])).toBeNull();
    expect(optOutTypeOf(incoming({}))).toBeNull();
  });
});
