import { checkedSid, SID_PATTERNS, type SidKind, sidExpected } from "../../../src/client/identifiers/sids";
import { InputError } from "../../../src/client/transport/errors";
import { thrownBy } from "../../support/thrown";

const HEX32 = "0123456789abcdef".repeat(2);

describe("SID patterns", () => {
  const kinds = Object.keys(SID_PATTERNS) as SidKind[];

  it.each(kinds)("%s: the expected text names the prefixes its pattern accepts", (kind) => {
    const prefixes = [...sidExpected(kind).matchAll(/"([A-Z]{2})"/g)].map((match) => match[1]);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(SID_PATTERNS[kind].test(`${prefix}${HEX32}`)).toBe(true);
    expect(sidExpected(kind)).toMatch(/followed by 32 hexadecimal characters$/);
  });

  it("names both prefixes of a message SID (SMS and MMS)", () => {
    expect(sidExpected("message")).toBe('a SID: "SM" or "MM" followed by 32 hexadecimal characters');
  });

  it.each([
    ["another kind's prefix", `MG${HEX32}`],
    ["one character short", `CA${HEX32.slice(1)}`],
    ["one character long", `CA${HEX32}0`],
    ["a lower-case prefix", `ca${HEX32}`],
    ["a path after it", `CA${HEX32}/Recordings`],
    ["a parent directory", `../CA${HEX32}`],
    ["an encoded slash", `CA${HEX32.slice(3)}%2F`],
    ["a query", `CA${HEX32.slice(1)}?`],
    ["a trailing newline", `CA${HEX32}\n`],
    ["nothing", ""],
  ])("checkedSid refuses %s, naming the input and what it expects", (_case, typed) => {
    const error = thrownBy(() => checkedSid("call", typed, "Call SID"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Call SID": expected a SID: "CA" followed by 32 hexadecimal characters/);
  });

  it("checkedSid returns a SID of its kind as it is, upper- or lower-case hexadecimal", () => {
    expect(checkedSid("call", `CA${HEX32}`, "Call SID")).toBe(`CA${HEX32}`);
    expect(checkedSid("call", `CA${HEX32.toUpperCase()}`, "Call SID")).toBe(`CA${HEX32.toUpperCase()}`);
  });
});
