import { InputError, TwilioApiError } from "../../src/client/transport/errors";
import { continuationUrl } from "../../src/client/transport/jsonRequest";
import { namingInputs } from "../../src/inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../src/inputs/lists";

const ORIGIN = "https://content.twilio.com";
const readPage = async (text: string) => continuationUrl(ORIGIN, "/v1/Content", text, "a nextPageUri of List Content");

describe("namingInputs", () => {
  it("says an input error of the client of the input the builder typed, with the same words", async () => {
    const error = await namingInputs(CONTINUE_FROM_LABELS, () => readPage("/v1/Services")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe("Continue From");
    expect((error as InputError).message).toBe('Input "Continue From": expected a nextPageUri of List Content, got "/v1/Services".');
  });

  it("returns what the call returns, and passes on errors of parameters it has no label for", async () => {
    await expect(namingInputs(CONTINUE_FROM_LABELS, () => readPage("/v1/Content?PageToken=PT1"))).resolves.toBe(
      `${ORIGIN}/v1/Content?PageToken=PT1`,
    );
    await expect(namingInputs({}, () => readPage("/v1/Services"))).rejects.toThrow(/^Input "next_page_uri"/);
    const refused = new TwilioApiError("Not found", { status: 404 });
    await expect(namingInputs(CONTINUE_FROM_LABELS, () => Promise.reject(refused))).rejects.toBe(refused);
  });
});
