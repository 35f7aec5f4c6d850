import { byLabel } from "../../src/client/picklists";

describe("byLabel", () => {
  it("orders picklist choices by label, or by key where there is no label", () => {
    const choices = [{ key: "b", label: "Zeta" }, { key: "zz" }, { key: "a", label: "alpha" }, { key: "c", label: "Beta" }];
    expect([...choices].sort(byLabel).map((choice) => choice.key)).toEqual(["a", "c", "b", "zz"]);
  });
});
