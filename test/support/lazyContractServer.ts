import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { type ContractServer, startContractServer } from "../../scripts/lib/contractServer";

/**
 * The contract server (Prism on Twilio's official specs, for the tests about the contract itself)
 * behind a small forwarding server on 127.0.0.1 that starts Prism on its first request. A jest run
 * whose tests never ask the contract itself (most targeted runs) then never pays for Prism's start
 * (2-3 s of a core, before any test could run) nor its memory; one that does starts it while other
 * files already run.
 */
export async function startLazyContractServer(): Promise<ContractServer> {
  let prism: Promise<ContractServer> | undefined;
  const started = () => {
    prism ??= startContractServer();
    return prism;
  };
  const front = createServer((req, res) => {
    started()
      .then(({ url }) => {
        const target = new URL(req.url ?? "/", url);
        const forwarded = request(target, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        forwarded.on("error", (error) => res.destroy(error));
        req.pipe(forwarded);
      })
      .catch((error: Error) => {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(error.message);
      });
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      if (prism) await (await prism.catch(() => undefined))?.stop();
    },
  };
}
