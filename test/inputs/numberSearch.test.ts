import {
  areaCode,
  contains,
  country,
  nearNumber,
  numberType,
  searchLimit,
  smsRequired,
  toNumberSearch,
} from "../../src/inputs/numberSearch";
import { refusal } from "../support/refusal";

describe("number search inputs", () => {
  it("Country: US by default, upper-cased, two letters", () => {
    expect(country.clean?.(undefined)).toBe("US");
    expect(country.clean?.(" gb ")).toBe("GB");
    expect(refusal(() => country.clean?.("USA"))).toMatch(/^Input "Country": expected a two-letter ISO country code such as US or GB/);
    expect(refusal(() => country.clean?.("../"))).toMatch(/^Input "Country"/);
  });

  it("Number Type: local by default, one of Twilio's types", () => {
    expect(numberType.clean?.("")).toBe("local");
    expect(numberType.clean?.("tollFree")).toBe("tollFree");
    expect(refusal(() => numberType.clean?.("TollFree"))).toMatch(/^Input "Number Type": expected local, mobile, tollFree/);
    // A name every object has must not pass as a type: its value would become part of the request path.
    for (const inherited of ["toString", "constructor", "__proto__"])
      expect(refusal(() => numberType.clean?.(inherited))).toMatch(/^Input "Number Type"/);
  });

  it("Area Code, Contains and Near Number by their patterns", () => {
    expect(areaCode.clean?.("415")).toBe("415");
    expect(refusal(() => areaCode.clean?.("4"))).toMatch(/^Input "Area Code": expected an area code of 2 to 5 digits/);
    expect(contains.clean?.("555****")).toBe("555****");
    expect(contains.clean?.("STORE")).toBe("STORE");
    expect(refusal(() => contains.clean?.("55-5"))).toMatch(/^Input "Contains": expected 2 to 16 digits, letters or \*/);
    expect(nearNumber.clean?.("+14155551234")).toBe("+14155551234");
    expect(refusal(() => nearNumber.clean?.("4155551234"))).toMatch(/^Input "Near Number": expected a phone number in E\.164 format/);
  });

  it("Limit: 20 by default, at least 1", () => {
    expect(searchLimit.clean?.("")).toBe(20);
    expect(searchLimit.clean?.("5")).toBe(5);
    expect(refusal(() => searchLimit.clean?.("0"))).toMatch(/^Input "Limit"/);
    expect(smsRequired.clean?.("true")).toBe(true);
  });
});

describe("toNumberSearch", () => {
  it("asks for a capability only when it is required: off means either", () => {
    expect(
      toNumberSearch(
        { country: "US", numberType: "local", areaCode: "415", smsRequired: true, mmsRequired: false, voiceRequired: false },
        5,
      ),
    ).toEqual({
      country: "US",
      type: "local",
      areaCode: "415",
      smsEnabled: true,
      mmsEnabled: undefined,
      voiceEnabled: undefined,
      limit: 5,
    });
    expect(toNumberSearch({ country: "GB", numberType: "mobile", smsRequired: false, mmsRequired: false, voiceRequired: true }).limit).toBe(
      20,
    );
  });
});
