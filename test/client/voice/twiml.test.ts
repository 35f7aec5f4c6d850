import { MAX_TWIML_LENGTH, twimlDocumentProblem, voiceResponse } from "../../../src/client/voice/twiml";
import { xmlProblem } from "../../../src/client/voice/xmlCheck";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

describe("voiceResponse", () => {
  it("writes each verb with its attributes, leaving out the ones not given", () => {
    const twiml = voiceResponse([
      { say: { text: "Hello", voice: "Polly.Joanna", language: "en-US" } },
      { play: { url: "https://example.com/hold.mp3" } },
      { dial: { number: "+15558675310", timeoutSeconds: 20 } },
      { record: { maxLengthSeconds: 60, recordingStatusCallback: "https://hooks.example.com/rec" } },
      { reject: { reason: "busy" } },
      { hangup: true },
    ]);
    expect(twiml).toBe(
      `${DECLARATION}<Response><Say voice="Polly.Joanna" language="en-US">Hello</Say><Play>https://example.com/hold.mp3</Play>` +
        '<Dial timeout="20"><Number>+15558675310</Number></Dial>' +
        '<Record maxLength="60" playBeep="true" recordingStatusCallback="https://hooks.example.com/rec" recordingStatusCallbackEvent="completed"/>' +
        '<Reject reason="busy"/><Hangup/></Response>',
    );
    expect(voiceResponse([{ say: { text: "Hi" } }, { record: { maxLengthSeconds: 30 } }])).toBe(
      `${DECLARATION}<Response><Say>Hi</Say><Record maxLength="30" playBeep="true"/></Response>`,
    );
    expect(voiceResponse([])).toBe(`${DECLARATION}<Response/>`);
  });

  it("keeps what a builder typed as text: markup, quotes and control characters never become TwiML", () => {
    const typed = 'Press 1</Say><Dial>+19005550000</Dial><Say voice="x">\u0007 & "done"';
    const twiml = voiceResponse([{ say: { text: typed, voice: 'Polly"><Hangup/><Say a="' } }]);
    expect(xmlProblem(twiml)).toBeUndefined();
    expect(twiml).not.toContain("<Dial>");
    expect(twiml).not.toContain("<Hangup/>");
    expect(twiml).toContain("Press 1&lt;/Say&gt;&lt;Dial&gt;+19005550000&lt;/Dial&gt;");
    expect(twiml).toContain('voice="Polly&quot;&gt;&lt;Hangup/&gt;&lt;Say a=&quot;"');
    expect(twiml).not.toContain("\u0007");
  });
});

describe("twimlDocumentProblem", () => {
  it("accepts well-formed TwiML within Twilio's length", () => {
    expect(twimlDocumentProblem("<Response><Say>Hi</Say></Response>")).toBeUndefined();
  });

  it("says why a document cannot be sent: too long, or not well-formed", () => {
    const long = `<Response><Say>${"a".repeat(MAX_TWIML_LENGTH)}</Say></Response>`;
    expect(twimlDocumentProblem(long)).toBe(`it is ${long.length} characters long, and Twilio takes at most ${MAX_TWIML_LENGTH}`);
    expect(twimlDocumentProblem("<Response><Say>Hi</Response>")).toEqual(expect.any(String));
  });
});
