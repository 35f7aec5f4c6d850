import { checkTemplateVariables } from "../../../src/client/content/variables";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { createContentTemplate, sandboxPerCase } from "../../support/sandbox";

/** Content Variables checked against the template the sandbox's Content v1 (spec-checked) keeps. */
describe("checkTemplateVariables", () => {
  let template: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    template = await createContentTemplate(on.sandbox, "Hi {{1}}, your order {{order_id}} arrives at {{2}}.");
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("passes variables that fill each placeholder and nothing else", async () => {
    await checkTemplateVariables(client(), template, JSON.stringify({ 1: "Jane", 2: "10:30", order_id: "1234" }));
    expect(on.sandbox.requests.filter((request) => request.method === "GET").map((request) => request.path)).toEqual([
      `/content/v1/Content/${template}`,
    ]);
  });

  it("names what is missing and what the template has no place for, before anything is sent", async () => {
    const error = await failureOf(checkTemplateVariables(client(), template, JSON.stringify({ 1: "Jane", 2: " ", orderId: "1234" })));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `Input "ContentVariables": expected a value for each placeholder of template ${template} ("1", "2", "order_id") and nothing else; missing "2", "order_id"; not in the template: "orderId".`,
    );
  });

  it("says when a template takes no variables at all", async () => {
    const plain = await createContentTemplate(on.sandbox, "Your order has shipped.");
    await checkTemplateVariables(client(), plain, undefined);
    const error = await failureOf(checkTemplateVariables(client(), plain, '{"1":"Jane"}'));
    expect(error.message).toContain("(no variables at all)");
  });
});
