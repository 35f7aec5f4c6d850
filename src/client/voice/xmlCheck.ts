import { isXmlCharacter } from "../webhooks/twiml";

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/**
 * Why a document is not well-formed XML with a <Response> root, or undefined when it is. A small
 * scanner of its own, so that checking a TwiML input costs no XML parser in the bundle: elements
 * nest and close, attributes are quoted and unique, every "&" starts a reference, and there is no
 * DOCTYPE (TwiML has none, and it is where entity expansion attacks live).
 */
export function xmlProblem(xml: string): string | undefined {
  const illegal = Array.from(xml).find((character) => !isXmlCharacter(character));
  if (illegal !== undefined)
    return `it contains the character U+${(illegal.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}, which XML does not allow`;
  const scanner = new Scanner(xml.replace(/^\uFEFF/, ""));
  return scanner.document();
}

class Scanner {
  private at = 0;
  private readonly open: string[] = [];
  private root?: string;
  private rootClosed = false;

  constructor(private readonly xml: string) {}

  document(): string | undefined {
    if (this.xml.startsWith("<?xml") && /^<\?xml[ \t\r\n?]/.test(this.xml)) {
      const end = this.xml.indexOf("?>");
      if (end === -1) return "the XML declaration is not closed with ?>";
      this.at = end + 2;
    }
    while (this.at < this.xml.length) {
      const problem = this.text() ?? this.markup();
      if (problem) return problem;
    }
    if (this.open.length > 0) return `the element <${this.open.at(-1)}> is not closed`;
    if (this.root === undefined) return "it has no element: TwiML is a <Response> element";
    if (this.root !== "Response") return `its root element is <${this.root}>: TwiML must be a <Response> element`;
    return undefined;
  }

  /** Character data up to the next "<". */
  private text(): string | undefined {
    const next = this.xml.indexOf("<", this.at);
    const end = next === -1 ? this.xml.length : next;
    const text = this.xml.slice(this.at, end);
    this.at = end;
    if (this.open.length === 0 && text.trim() !== "") return "it has text outside the <Response> element";
    if (text.includes("]]>")) return 'it has "]]>" in text';
    return referenceProblem(text);
  }

  private markup(): string | undefined {
    if (this.at >= this.xml.length) return undefined;
    if (this.xml.startsWith("<!--", this.at))
      return this.skipPast("-->", "a comment is not closed with -->", (body) => body.includes("--"));
    if (this.xml.startsWith("<![CDATA[", this.at)) {
      if (this.open.length === 0) return "it has a CDATA section outside the <Response> element";
      return this.skipPast("]]>", "a CDATA section is not closed with ]]>");
    }
    if (this.xml.startsWith("<!", this.at)) return "it has a DOCTYPE or other declaration, which TwiML does not use";
    if (this.xml.startsWith("<?", this.at)) return this.skipPast("?>", "a processing instruction is not closed with ?>");
    if (this.xml.startsWith("</", this.at)) return this.endTag();
    return this.startTag();
  }

  private skipPast(terminator: string, unclosed: string, isBad?: (body: string) => boolean): string | undefined {
    const end = this.xml.indexOf(terminator, this.at + 2);
    if (end === -1) return unclosed;
    if (isBad?.(this.xml.slice(this.at + 4, end))) return 'a comment contains "--"';
    this.at = end + terminator.length;
    return undefined;
  }

  private endTag(): string | undefined {
    this.at += 2;
    const name = this.match(NAME);
    this.match(SPACE);
    if (name === undefined || this.xml[this.at] !== ">") return "an end tag is malformed";
    this.at += 1;
    const expected = this.open.pop();
    if (expected !== name) return expected ? `</${name}> closes <${expected}>` : `</${name}> closes no element`;
    if (this.open.length === 0) this.rootClosed = true;
    return undefined;
  }

  private startTag(): string | undefined {
    this.at += 1;
    const name = this.match(NAME);
    if (name === undefined) return 'it has a "<" that starts no tag (write &lt; for the character)';
    if (this.rootClosed) return "it has more than one root element";
    this.root ??= name;
    const seen = new Set<string>();
    for (;;) {
      const space = this.match(SPACE) ?? "";
      if (this.xml.startsWith("/>", this.at)) {
        this.at += 2;
        if (this.open.length === 0) this.rootClosed = true;
        return undefined;
      }
      if (this.xml[this.at] === ">") {
        this.at += 1;
        this.open.push(name);
        return undefined;
      }
      const attribute = space === "" ? undefined : this.match(NAME);
      if (attribute === undefined) return `the tag <${name}> is malformed`;
      if (seen.has(attribute)) return `the tag <${name}> has the attribute ${attribute} twice`;
      seen.add(attribute);
      const problem = this.attributeValue(name, attribute);
      if (problem) return problem;
    }
  }

  private attributeValue(element: string, attribute: string): string | undefined {
    this.match(SPACE);
    if (this.xml[this.at] !== "=") return `the attribute ${attribute} of <${element}> has no value`;
    this.at += 1;
    this.match(SPACE);
    const quote = this.xml[this.at];
    if (quote !== '"' && quote !== "'") return `the value of ${attribute} in <${element}> is not quoted`;
    const end = this.xml.indexOf(quote, this.at + 1);
    if (end === -1) return `the value of ${attribute} in <${element}> is not closed`;
    const value = this.xml.slice(this.at + 1, end);
    this.at = end + 1;
    if (value.includes("<")) return `the value of ${attribute} in <${element}> contains "<"`;
    return referenceProblem(value);
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.xml);
    if (!match) return undefined;
    this.at += match[0].length;
    return match[0];
  }
}

function referenceProblem(text: string): string | undefined {
  for (let at = text.indexOf("&"); at !== -1; at = text.indexOf("&", at + 1)) {
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(text);
    const code = match && !match[1] ? Number.parseInt(match[2] ?? match[3], match[2] ? 10 : 16) : undefined;
    if (!match || (code !== undefined && (code > 0x10ffff || !isXmlCharacter(String.fromCodePoint(code))))) {
      return `it has an "&" that starts no reference (write &amp; for the character)`;
    }
  }
  return undefined;
}
