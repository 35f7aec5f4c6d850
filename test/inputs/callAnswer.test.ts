import { answerCalls, forwardTo, toCallAnswer, voicemailMaxLength } from "../../src/inputs/callAnswer";
import { refusal } from "../support/refusal";

describe("call answer inputs", () => {
  it("Answer Calls With: one of the answers", () => {
    expect(answerCalls.clean?.("voicemail")).toBe("voicemail");
    expect(refusal(() => answerCalls.clean?.("transfer"))).toMatch(
      /^Input "Answer Calls With": expected hangUp, say, play, forward, voicemail, reject, got "transfer"/,
    );
  });

  it("Forward To: an E.164 number, punctuation removed", () => {
    expect(forwardTo.clean?.("+1 (555) 867-5310")).toBe("+15558675310");
    expect(forwardTo.clean?.("")).toBeUndefined();
    expect(refusal(() => forwardTo.clean?.("sip:alice@example.com"))).toMatch(
      /^Input "Forward To": expected a phone number in E\.164 format/,
    );
  });

  it("Voicemail Max Length: 120 s by default, 1 to 14400", () => {
    expect(voicemailMaxLength.clean?.("")).toBe(120);
    expect(voicemailMaxLength.clean?.("30")).toBe(30);
    expect(refusal(() => voicemailMaxLength.clean?.("14401"))).toMatch(/^Input "Voicemail Max Length \(seconds\)"/);
  });
});

describe("toCallAnswer", () => {
  const values = (overrides: Partial<Parameters<typeof toCallAnswer>[0]>) => ({
    answerCalls: "hangUp" as const,
    voicemailMaxLength: 120,
    ...overrides,
  });

  it("gives the chosen answer with what it needs", () => {
    expect(toCallAnswer(values({}))).toEqual({ hangUp: true });
    expect(toCallAnswer(values({ answerCalls: "say", callGreeting: "Hi", callVoice: "Polly.Joanna" }))).toEqual({
      say: { text: "Hi", voice: "Polly.Joanna", language: undefined },
    });
    expect(toCallAnswer(values({ answerCalls: "play", callAudioUrl: "https://example.com/a.mp3" }))).toEqual({
      play: { url: "https://example.com/a.mp3" },
    });
    expect(toCallAnswer(values({ answerCalls: "forward", forwardTo: "+15558675310", forwardRingTimeout: 20 }))).toEqual({
      forward: { number: "+15558675310", ringTimeoutSeconds: 20 },
    });
    expect(toCallAnswer(values({ answerCalls: "voicemail", voicemailMaxLength: 60 }))).toEqual({
      voicemail: { greeting: undefined, maxLengthSeconds: 60 },
    });
    expect(toCallAnswer(values({ answerCalls: "reject" }))).toEqual({ reject: true });
  });

  it.each<[Parameters<typeof toCallAnswer>[0]["answerCalls"], string]>([
    ["say", "Call Greeting"],
    ["play", "Call Audio URL"],
    ["forward", "Forward To"],
  ])("names the empty input that %s needs", (answerCalls, label) => {
    expect(refusal(() => toCallAnswer(values({ answerCalls })))).toBe(
      `Input "${label}": expected a value when Answer Calls With is "${answerCalls}", got an empty value.`,
    );
  });
});
