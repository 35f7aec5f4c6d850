import { compareVariables, placeholdersOf } from "../../../src/client/content/placeholders";

describe("placeholdersOf", () => {
  it("finds every placeholder once anywhere in the content: numbered ones in number order, then named ones as they appear", () => {
    const types = {
      "twilio/card": {
        title: "Hi {{first_name}}, order {{10}} is ready",
        body: "Pick it up at {{ 2 }} before {{1}}. {{first_name}}, see you!",
        media: ["https://example.com/{{3}}.png"],
        actions: [{ type: "URL", title: "Track", url: "https://example.com/track/{{order_id}}" }],
      },
    };
    expect(placeholdersOf(types)).toEqual(["1", "2", "3", "10", "first_name", "order_id"]);
  });

  it("finds nothing in content without placeholders or with malformed ones", () => {
    expect(placeholdersOf({ "twilio/text": { body: "Hello {name} {{first-name}} {{ }}" } })).toEqual([]);
    expect(placeholdersOf(null)).toEqual([]);
  });
});

describe("compareVariables", () => {
  it("reports placeholders without a non-blank value, and variables the template has no place for", () => {
    expect(compareVariables(["1", "2", "name"], { 1: "Jane", 2: "  ", nmae: "typo" })).toEqual({ missing: ["2", "name"], extra: ["nmae"] });
    expect(compareVariables(["1"], { 1: 0 })).toEqual({ missing: [], extra: [] });
    expect(compareVariables(["1"], { 1: null })).toEqual({ missing: ["1"], extra: [] });
    expect(compareVariables([], {})).toEqual({ missing: [], extra: [] });
  });
});
