import { callAnswerTwiml } from "../../../src/client/voice/callAnswer";

const FLOW = "https://hooks.example.com/trigger/abc?x=1&y=2";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

describe("callAnswerTwiml", () => {
  it.each<[string, Parameters<typeof callAnswerTwiml>[0], string]>([
    ["hang up", { hangUp: true }, "<Response/>"],
    [
      "say",
      { say: { text: "Thanks for calling", voice: "Polly.Joanna" } },
      '<Response><Say voice="Polly.Joanna">Thanks for calling</Say></Response>',
    ],
    ["play", { play: { url: "https://example.com/hold.mp3" } }, "<Response><Play>https://example.com/hold.mp3</Play></Response>"],
    [
      "forward",
      { forward: { number: "+15558675310", ringTimeoutSeconds: 20 } },
      '<Response><Dial timeout="20"><Number>+15558675310</Number></Dial></Response>',
    ],
    ["reject", { reject: true }, '<Response><Reject reason="rejected"/></Response>'],
  ])("%s", (_name, answer, twiml) => {
    expect(callAnswerTwiml(answer, FLOW)).toBe(`${DECLARATION}${twiml}`);
  });

  it("voicemail: the greeting, then a recording that reports to the flow once its audio is ready", () => {
    expect(callAnswerTwiml({ voicemail: { greeting: { text: "Leave a message" }, maxLengthSeconds: 120 } }, FLOW)).toBe(
      `${DECLARATION}<Response><Say>Leave a message</Say><Record maxLength="120" playBeep="true" recordingStatusCallback="https://hooks.example.com/trigger/abc?x=1&amp;y=2" recordingStatusCallbackEvent="completed"/></Response>`,
    );
    expect(callAnswerTwiml({ voicemail: { maxLengthSeconds: 60 } }, FLOW)).toMatch(/^.+<Response><Record maxLength="60"/);
  });
});
