import { ACCOUNT, call, plainSharedSandbox } from "./support";

describe("sandbox paging", () => {
  const on = plainSharedSandbox();

  it("pages a list whose items have no SID (numbers for sale) by Page, every item once, no PageToken of nothing", async () => {
    const all = await call(on.sandbox, "GET", `${ACCOUNT}/AvailablePhoneNumbers/US/Local.json?PageSize=1000`);
    const everyNumber = (all.json.available_phone_numbers as Array<{ phone_number: string }>).map((number) => number.phone_number);
    expect(everyNumber.length).toBeGreaterThan(4);

    const seen: string[] = [];
    let next: string | null = `${ACCOUNT}/AvailablePhoneNumbers/US/Local.json?PageSize=2`;
    while (next) {
      expect(next).not.toMatch(/PageToken=PAundefined/);
      const page = await call(on.sandbox, "GET", next);
      expect(page.status).toBe(200);
      seen.push(...(page.json.available_phone_numbers as Array<{ phone_number: string }>).map((number) => number.phone_number));
      next = page.json.next_page_uri as string | null;
    }
    expect(seen).toEqual(everyNumber);
  });
});
