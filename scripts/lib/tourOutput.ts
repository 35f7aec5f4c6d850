/** How the tour (scripts/start.ts) prints its steps: each step's input, output (the part worth reading) and time. */

import { seconds } from "./bundle";
import { abridge, indent, maskSecrets, render } from "./display";
import type { FlowEndpoint } from "./flowEndpoint";

export type Record_ = Record<string, unknown>;

const colors = Boolean(process.stdout.isTTY);
export const bold = (text: string) => (colors ? `\u001b[1m${text}\u001b[22m` : text);
export const dim = (text: string) => (colors ? `\u001b[2m${text}\u001b[22m` : text);
export const out = (line = "") => process.stdout.write(`${line}\n`);

export interface Step {
  title: string;
  /** e.g. "action sendSMS" */
  runs: string;
  input: Record_;
  run: () => Promise<unknown>;
  /** The part of the result worth reading; the rest is summarized. */
  show?: (result: unknown) => unknown;
}

export async function runStep(number: number, step: Step, secrets: string[]): Promise<unknown> {
  out(`${bold(`${number}. ${step.title}`)}  ${dim(`· ${step.runs}`)}`);
  out(`   input   ${indent(render(maskSecrets(abridge(step.input), secrets), colors), "           ")}`);
  const started = Date.now();
  try {
    const result = await step.run();
    const shown = step.show ? step.show(result) : abridge(result);
    out(`   output  ${indent(render(maskSecrets(shown, secrets), colors), "           ")}  ${dim(`(${seconds(Date.now() - started)})`)}`);
    out();
    return result;
  } catch (error) {
    out(`   error   ${maskSecrets((error as Error).message, secrets)}`);
    out();
    throw error;
  }
}

export function messageHighlights(message: unknown): unknown {
  const { sid, status, from, to, body } = message as Record_;
  return { sid, status, from, to, body: abridge(body) };
}

export function dataOf(result: unknown): Record_ {
  return (result as { data: Record_ }).data;
}

export function webhookHighlights(result: unknown): unknown {
  const { payload, response } = result as { payload: Record_; response: Record_ };
  const { eventType, signatureVerified, idempotencyToken, fields } = payload;
  return { payload: { eventType, signatureVerified, idempotencyToken, fields: abridge(fields) }, response };
}

/** What the webhook trigger made of one delivery to the flow's URL. */
export function flowRunHighlights(flow: FlowEndpoint, from: number): unknown {
  return flow.runs.slice(from).map((run) => {
    if (run.error) return { refused: run.error };
    const { payload } = run.result as { payload: Record_ };
    const fields = payload.fields as Record<string, string>;
    return { eventType: payload.eventType, signatureVerified: payload.signatureVerified, MessageStatus: fields.MessageStatus };
  });
}
