/** What a Twilio error answer carries: `{ code, message, more_info, status }`. */
export interface TwilioError {
  status: number;
  json: { code: number; message: string; more_info: string; status: number };
  headers?: Record<string, string>;
}

export function twilioError(status: number, code: number, message: string, headers?: Record<string, string>): TwilioError {
  return { status, json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, headers };
}

/** Thrown by a route to answer with a Twilio error instead of a resource. */
export class SandboxError extends Error {
  constructor(readonly answer: TwilioError) {
    super(answer.json.message);
  }
}

export const notFound = (what = "The requested resource") => new SandboxError(twilioError(404, 20404, `${what} was not found`));
export const badRequest = (code: number, message: string) => new SandboxError(twilioError(400, code, message));
