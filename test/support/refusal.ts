import { InputError } from "../../src/client/transport/errors";

/** Runs what should refuse its input and returns the InputError's message, so a test can check what it names and expects. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an input error, but nothing was refused");
}
