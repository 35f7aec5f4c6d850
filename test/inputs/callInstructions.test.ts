import {
  applicationSid,
  audioUrl,
  language,
  toCallInstructions,
  toRedirectInstructions,
  twiml,
  twimlUrlMethod,
  voice,
} from "../../src/inputs/callInstructions";
import { refusal } from "../support/refusal";

describe("call instruction inputs", () => {
  it("Voice and Language by their patterns", () => {
    expect(voice.clean?.("Polly.Joanna")).toBe("Polly.Joanna");
    expect(refusal(() => voice.clean?.('Polly"><Hangup/>'))).toMatch(/^Input "Voice": expected a Twilio voice name such as Polly\.Joanna/);
    expect(language.clean?.("en-US")).toBe("en-US");
    expect(refusal(() => language.clean?.("English (US)"))).toMatch(/^Input "Language": expected a language tag such as en-US/);
  });

  it("TwiML: a well-formed document, or nothing", () => {
    expect(twiml.clean?.("<Response><Say>Hi</Say></Response>")).toBe("<Response><Say>Hi</Say></Response>");
    expect(twiml.clean?.("")).toBeUndefined();
    expect(refusal(() => twiml.clean?.("<Response><Say>Hi</Response>"))).toMatch(
      /^Input "TwiML": expected a well-formed TwiML document \(a <Response> element\): /,
    );
  });

  it("Audio URL, TwiML URL method and TwiML App SID", () => {
    expect(refusal(() => audioUrl.clean?.("hold.mp3"))).toMatch(/^Input "Audio URL"/);
    expect(twimlUrlMethod.clean?.("get")).toBe("GET");
    expect(twimlUrlMethod.clean?.(undefined)).toBe("POST");
    expect(applicationSid.clean?.(`AP${"a".repeat(32)}`)).toBe(`AP${"a".repeat(32)}`);
    expect(refusal(() => applicationSid.clean?.("AP123"))).toMatch(/^Input "TwiML App SID"/);
  });
});

describe("toCallInstructions", () => {
  const none = { twimlUrlMethod: "POST" as const };

  it("takes the one instruction given, with its settings", () => {
    expect(toCallInstructions({ ...none, sayText: "Hello", voice: "Polly.Joanna" })).toEqual({
      speech: { text: "Hello", voice: "Polly.Joanna", language: undefined },
    });
    expect(toCallInstructions({ ...none, audioUrl: "https://example.com/a.mp3" })).toEqual({ audioUrl: "https://example.com/a.mp3" });
    expect(toCallInstructions({ ...none, twiml: "<Response/>" })).toEqual({ twiml: "<Response/>" });
    expect(toCallInstructions({ twimlUrl: "https://example.com/t.xml", twimlUrlMethod: "GET" })).toEqual({
      url: "https://example.com/t.xml",
      method: "GET",
    });
    expect(toCallInstructions({ ...none, applicationSid: "AP1" })).toEqual({ applicationSid: "AP1" });
  });

  it("refuses none or several, naming what was set", () => {
    expect(refusal(() => toCallInstructions(none))).toBe(
      'Input "Text to Say": expected exactly one of Text to Say, Audio URL, TwiML, TwiML URL, TwiML App SID to say what the call does, got an empty value.',
    );
    expect(refusal(() => toCallInstructions({ ...none, sayText: "Hi", twimlUrl: "https://example.com/t.xml" }))).toBe(
      'Input "TwiML URL": expected exactly one of Text to Say, Audio URL, TwiML, TwiML URL, TwiML App SID to say what the call does, got "Text to Say and TwiML URL set".',
    );
  });

  it("a redirect does not offer a TwiML App", () => {
    expect(refusal(() => toRedirectInstructions(none))).toMatch(/expected exactly one of Text to Say, Audio URL, TwiML, TwiML URL to say/);
    expect(toRedirectInstructions({ ...none, twiml: "<Response/>" })).toEqual({ twiml: "<Response/>" });
  });
});
