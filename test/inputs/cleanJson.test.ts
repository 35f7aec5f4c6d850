import { cleanJsonObject, cleanJsonRecord, cleanKeyValueList, mergeKeyValues } from "../../src/inputs/cleanJson";
import { refusal } from "../support/refusal";

describe("cleanJsonRecord", () => {
  const clean = cleanJsonRecord("Parameters");

  it("reads a JSON object typed as text and takes an object from an earlier step as it is", () => {
    expect(clean(' {"name": "Jane"} ')).toEqual({ name: "Jane" });
    const fromStep = { name: "Jane", nested: { a: 1 } };
    expect(clean(fromStep)).toBe(fromStep);
  });

  it("is undefined when empty", () => {
    expect(clean("")).toBeUndefined();
    expect(clean(undefined)).toBeUndefined();
  });

  it.each(["[1, 2]", "42", "not json", "null"])("refuses %j naming the input and showing an example", (typed) => {
    expect(refusal(() => clean(typed))).toMatch(/^Input "Parameters": expected a JSON object such as \{"1": "Jane", "2": "10:30"\}/);
  });
});

describe("cleanJsonObject", () => {
  it("gives the object back as the JSON text Twilio takes", () => {
    expect(cleanJsonObject("Content Variables")({ 1: "Jane" })).toBe('{"1":"Jane"}');
    expect(cleanJsonObject("Content Variables")("")).toBeUndefined();
  });
});

describe("cleanKeyValueList", () => {
  const clean = cleanKeyValueList("Parameters (List)");

  it("turns entries into an object, and takes an object or JSON text from an earlier step", () => {
    expect(clean([{ key: "1", value: "Jane" }, { key: "2" }])).toEqual({ 1: "Jane", 2: "" });
    expect(clean({ 1: "Jane" })).toEqual({ 1: "Jane" });
    expect(clean('{"1": "Jane"}')).toEqual({ 1: "Jane" });
    expect(clean([])).toBeUndefined();
  });

  it("refuses an entry without a key, and a key given twice", () => {
    expect(refusal(() => clean([{ key: " ", value: "Jane" }]))).toMatch(/^Input "Parameters \(List\)": expected a key for every entry/);
    expect(
      refusal(() =>
        clean([
          { key: "1", value: "Jane" },
          { key: "1", value: "Joe" },
        ]),
      ),
    ).toBe('Input "Parameters (List)": expected each key once, got "1".');
  });
});

describe("mergeKeyValues", () => {
  it("merges the two, or gives whichever is set", () => {
    const list = { input: "Parameters (List)", values: { 1: "Jane" } };
    const json = { input: "Parameters", values: { 2: "10:30" } };
    expect(mergeKeyValues(list, json)).toEqual({ 1: "Jane", 2: "10:30" });
    expect(mergeKeyValues({ input: list.input }, json)).toEqual({ 2: "10:30" });
    expect(mergeKeyValues(list, { input: json.input })).toEqual({ 1: "Jane" });
  });

  it("refuses a key in both, naming both inputs", () => {
    expect(
      refusal(() => mergeKeyValues({ input: "Parameters (List)", values: { 1: "Jane" } }, { input: "Parameters", values: { 1: "Joe" } })),
    ).toBe('Input "Parameters (List)": expected keys not also given in "Parameters", got "1".');
  });
});
