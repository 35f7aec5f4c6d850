import { xmlProblem } from "../../../src/client/voice/xmlCheck";
import { escapeXmlAttribute, escapeXmlText, isXmlCharacter, twimlResponse } from "../../../src/client/webhooks/twiml";

describe("TwiML answers to webhooks", () => {
  it("answers an empty Response, or one Message with the reply as text", () => {
    expect(twimlResponse()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(twimlResponse("")).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(twimlResponse("Thanks! <3 & see you")).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks! &lt;3 &amp; see you</Message></Response>',
    );
  });

  it("never lets a reply close the Message or add a verb", () => {
    const twiml = twimlResponse("</Message><Redirect>https://evil.example.com</Redirect><Message>");
    expect(xmlProblem(twiml)).toBeUndefined();
    expect(twiml).not.toContain("<Redirect>");
  });
});

describe("XML escaping", () => {
  it("escapes text content and drops characters XML cannot carry", () => {
    expect(escapeXmlText("a < b && c > d\r\n")).toBe("a &lt; b &amp;&amp; c &gt; d&#xD;\n");
    expect(escapeXmlText("bell\u0007 nul\u0000 lone\ud800 emoji😀")).toBe("bell nul lone emoji😀");
  });

  it("escapes attribute values, keeping line breaks and tabs as written", () => {
    expect(escapeXmlAttribute('say "hi"\n\tnow')).toBe("say &quot;hi&quot;&#xA;&#x9;now");
  });

  it.each([
    ["\t", true],
    ["\n", true],
    ["A", true],
    ["\ufffd", true],
    ["😀", true],
    ["\u0000", false],
    ["\u001f", false],
    ["\ufffe", false],
    ["\ud800", false],
  ])("isXmlCharacter(%j) is %s", (character, legal) => {
    expect(isXmlCharacter(character)).toBe(legal);
  });
});
