import { lazyTable } from "../src/lazyTable";

describe("lazyTable", () => {
  it("lists every key, in order, before building any value", () => {
    const built: string[] = [];
    const table = lazyTable({
      first: () => built.push("first"),
      second: () => built.push("second"),
    });
    expect(Object.keys(table)).toEqual(["first", "second"]);
    expect(built).toEqual([]);
  });

  it("builds a value on its first read only, and keeps it", () => {
    let builds = 0;
    const table = lazyTable({ part: () => ({ build: ++builds }) });
    const first = table.part;
    expect(table.part).toBe(first);
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(table, "part")).toMatchObject({ value: first, enumerable: true, writable: true });
  });

  it("shows every value to whatever walks the table, as a plain object would", () => {
    const table = lazyTable({ a: () => 1, b: () => ({ c: "d" }) });
    expect(JSON.stringify(table)).toBe('{"a":1,"b":{"c":"d"}}');
    expect(Object.entries(table)).toEqual([
      ["a", 1],
      ["b", { c: "d" }],
    ]);
    expect({ ...table }).toEqual({ a: 1, b: { c: "d" } });
  });

  it("builds each value once in a table someone froze", () => {
    let builds = 0;
    const table = Object.freeze(lazyTable({ part: () => ({ build: ++builds }) }));
    expect(table.part).toBe(table.part);
    expect(builds).toBe(1);
  });

  it("builds again after a failed build: the failure is not kept", () => {
    let attempts = 0;
    const table = lazyTable({
      part: () => {
        attempts++;
        if (attempts === 1) throw new Error("not yet");
        return "built";
      },
    });
    expect(() => table.part).toThrow("not yet");
    expect(table.part).toBe("built");
  });
});
