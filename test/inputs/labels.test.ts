import { InputError, TwilioApiError } from "../../src/client/transport/errors";
import { continuationUrl } from "../../src/client/transport/jsonRequest";
import { IDEMPOTENCY_KEY_LABELS } from "../../src/inputs/idempotency";
import { namedFor, namingInputs } from "../../src/inputs/labels";
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

  it("says a refused continuation comes from the step's earlier results, where the client says an earlier page of the list", async () => {
    const pageOf = {
      expectedFrom: (source: string) => `the nextPageUri of ${source} (starting with /v1/Content?)`,
      source: "an earlier page of /v1/Content",
    };
    const readListPage = async (text: string) => continuationUrl(ORIGIN, "/v1/Content", text, pageOf);
    await expect(readListPage("/v1/Services")).rejects.toThrow(
      'Input "next_page_uri": expected the nextPageUri of an earlier page of /v1/Content (starting with /v1/Content?), got "/v1/Services".',
    );
    const error = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readListPage("/v1/Services"),
      "an earlier List Content Templates result",
    ).catch((caught: unknown) => caught);
    expect((error as InputError).message).toBe(
      'Input "Continue From": expected the nextPageUri of an earlier List Content Templates result (starting with /v1/Content?), got "/v1/Services".',
    );
  });
});

describe("namedFor", () => {
  it("says an error a step returns as data (a bulk row, a purchase's service) of the builder's input, as namingInputs says a thrown one", () => {
    const refused = new InputError("idempotencyKey", "the key of the same bulk send (a reused key sends nothing)", "order-7");
    const named = namedFor(IDEMPOTENCY_KEY_LABELS, refused) as InputError;
    expect(named.input).toBe("Idempotency Key");
    expect(named.message).toBe(
      'Input "Idempotency Key": expected the key of the same bulk send (a reused key sends nothing), got "order-7".',
    );
    const other = new TwilioApiError("Not found", { status: 404 });
    expect(namedFor(IDEMPOTENCY_KEY_LABELS, other)).toBe(other);
  });
});
