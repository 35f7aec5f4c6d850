import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { TriggerPayload } from "@prismatic-io/spectral/dist/serverTypes";

/** What one delivery to the flow's URL did: the trigger's result, or why it refused the request. */
export interface FlowRun {
  fields: Record<string, string>;
  result?: unknown;
  error?: string;
}

export interface FlowEndpoint {
  /** The URL Twilio (here the sandbox) calls: the flow's public webhook URL. */
  url: string;
  runs: FlowRun[];
  close(): Promise<void>;
}

type RunTrigger = (payload: Partial<TriggerPayload>) => Promise<unknown>;
type TriggerAnswer = { response?: { statusCode?: number; contentType?: string; body?: unknown } } | undefined;

/** Headers as the sender spelled them (Prismatic passes them on that way). */
function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers[req.rawHeaders[index]] = req.rawHeaders[index + 1];
  return headers;
}

/**
 * A stand-in for Prismatic's webhook endpoint on 127.0.0.1: each request it receives is handed to
 * the trigger as Prismatic's trigger payload, and the trigger's response is what the caller gets.
 */
export async function startFlowEndpoint(flowName: string, runTrigger: RunTrigger): Promise<FlowEndpoint> {
  const runs: FlowRun[] = [];
  let url = "";
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const data = Buffer.concat(chunks);
    const contentType = req.headers["content-type"] ?? "application/x-www-form-urlencoded";
    const run: FlowRun = { fields: Object.fromEntries(new URLSearchParams(data.toString("utf8"))) };
    runs.push(run);
    try {
      const result = await runTrigger({
        headers: headersOf(req),
        queryParameters: {},
        rawBody: { data, contentType },
        body: { data, contentType },
        webhookUrls: { [flowName]: url },
        invokeUrl: url,
        flow: { id: "tourFlow", name: flowName, stableId: "tour-incoming-sms" },
      });
      run.result = result;
      const response = (result as TriggerAnswer)?.response;
      res.writeHead(response?.statusCode ?? 200, { "content-type": response?.contentType ?? "text/xml" });
      res.end(response?.body === undefined ? "" : String(response.body));
    } catch (error) {
      run.error = (error as Error).message;
      res.writeHead(403, { "content-type": "text/plain" });
      res.end("refused");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trigger/tour-incoming-sms`;
  return {
    url,
    runs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
