import { defaultCountryCode } from "../../src/inputs/recipients";
import { refusal } from "../support/refusal";

describe("Default Country Code", () => {
  it("reads a calling code with or without +, nothing when empty", () => {
    expect(defaultCountryCode.clean?.("44")).toBe("+44");
    expect(defaultCountryCode.clean?.(" +1 ")).toBe("+1");
    expect(defaultCountryCode.clean?.("")).toBeUndefined();
    expect(refusal(() => defaultCountryCode.clean?.("UK"))).toMatch(
      /^Input "Default Country Code": expected a country calling code of 1 to 3 digits/,
    );
  });
});
