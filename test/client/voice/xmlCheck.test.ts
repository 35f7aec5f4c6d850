import VoiceResponse from "twilio/lib/twiml/VoiceResponse";
import { xmlProblem } from "../../../src/client/voice/xmlCheck";
import { sequence } from "../../triggers/support/sequence";

describe("xmlProblem", () => {
  it.each([
    ["the smallest TwiML", "<Response/>"],
    ["an XML declaration", '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>Hi</Say></Response>'],
    ["a byte order mark", "\uFEFF<Response/>"],
    ["attributes in either quote", `<Response><Say voice="alice" language='en-US'>Hi</Say></Response>`],
    ["every kind of reference", "<Response><Say>&amp; &lt; &gt; &quot; &apos; &#65; &#x1F600;</Say></Response>"],
    ["comments, CDATA and processing instructions", "<!-- a --><Response><![CDATA[<not> & markup]]><?pi data?></Response>"],
    ["whitespace around the root", "\n  <Response>\n</Response>\n"],
  ])("accepts %s", (_case, xml) => {
    expect(xmlProblem(xml)).toBeUndefined();
  });

  it.each([
    ["no element", "   ", "it has no element: TwiML is a <Response> element"],
    ["another root", "<Say>Hi</Say>", "its root element is <Say>: TwiML must be a <Response> element"],
    ["two roots", "<Response/><Response/>", "it has more than one root element"],
    ["an unclosed element", "<Response><Say>Hi</Response>", "</Response> closes <Say>"],
    ["an element left open", "<Response><Say>Hi</Say>", "the element <Response> is not closed"],
    ["a stray end tag", "<Response/></Say>", "</Say> closes no element"],
    ["text outside the root", "<Response/>hello", "it has text outside the <Response> element"],
    [
      "a bare ampersand",
      "<Response><Say>Tom & Jerry</Say></Response>",
      'it has an "&" that starts no reference (write &amp; for the character)',
    ],
    [
      "an unknown entity",
      "<Response><Say>&nbsp;</Say></Response>",
      'it has an "&" that starts no reference (write &amp; for the character)',
    ],
    [
      "a reference to a character XML forbids",
      "<Response><Say>&#0;</Say></Response>",
      'it has an "&" that starts no reference (write &amp; for the character)',
    ],
    [
      "a reference beyond Unicode",
      "<Response><Say>&#x110000;</Say></Response>",
      'it has an "&" that starts no reference (write &amp; for the character)',
    ],
    ["a bare <", "<Response>1 < 2</Response>", 'it has a "<" that starts no tag (write &lt; for the character)'],
    [
      "a DOCTYPE",
      '<!DOCTYPE r [<!ENTITY x "y">]><Response>&x;</Response>',
      "it has a DOCTYPE or other declaration, which TwiML does not use",
    ],
    ["an unquoted attribute", "<Response><Say voice=alice>Hi</Say></Response>", "the value of voice in <Say> is not quoted"],
    ["a repeated attribute", '<Response><Say voice="a" voice="b">Hi</Say></Response>', "the tag <Say> has the attribute voice twice"],
    ["an attribute without a value", "<Response><Say loop>Hi</Say></Response>", "the attribute loop of <Say> has no value"],
    ["attributes without space between them", '<Response><Say a="1"b="2">Hi</Say></Response>', "the tag <Say> is malformed"],
    ["a < in an attribute", '<Response><Say voice="a<b">Hi</Say></Response>', 'the value of voice in <Say> contains "<"'],
    ["an unclosed comment", "<Response><!-- a </Response>", "a comment is not closed with -->"],
    ["-- in a comment", "<Response><!-- a -- b --></Response>", 'a comment contains "--"'],
    ["CDATA outside the root", "<![CDATA[x]]><Response/>", "it has a CDATA section outside the <Response> element"],
    ["]]> in text", "<Response>a ]]> b</Response>", 'it has "]]>" in text'],
    ["an unclosed declaration", '<?xml version="1.0"<Response/>', "the XML declaration is not closed with ?>"],
    ["a control character", "<Response><Say>a\u0007b</Say></Response>", "it contains the character U+0007, which XML does not allow"],
  ])("refuses %s, saying why", (_case, xml, problem) => {
    expect(xmlProblem(xml)).toBe(problem);
  });

  it("accepts whatever twilio-node's own TwiML builder writes, for any text it escapes", () => {
    const next = sequence(17);
    const alphabet = ["a", " ", "&", "<", ">", '"', "'", "]]>", "--", "é", "😀", "\n", "\t", ";", "#"];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: next(20) }, () => alphabet[next(alphabet.length)]).join("");
      const response = new VoiceResponse();
      response.say({ voice: text.length > 0 ? "Polly.Joanna" : "alice" }, text);
      response.play({ loop: next(3) }, `https://example.com/${encodeURIComponent(text)}.mp3`);
      response.redirect({ method: "POST" }, `https://example.com/next?text=${text}`);
      expect([text, xmlProblem(response.toString())]).toEqual([text, undefined]);
    }
  });
});
