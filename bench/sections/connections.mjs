// TLS connections: one per credential, never a connection carrying two credentials.
import { ACCOUNT_SID, AUTH_TOKEN, OTHER_ACCOUNT, runChild, startBenchSandbox } from "../benchSandbox.mjs";
import { row } from "../report.mjs";

export async function benchConnections(tls) {
  const server = await startBenchSandbox({ tls });
  try {
    await runChild("sendMany.cjs", {
      BENCH_BASE_URL: server.url,
      BENCH_INVOCATIONS: "100",
      BENCH_ACCOUNTS: JSON.stringify([[ACCOUNT_SID, AUTH_TOKEN]]),
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const opened = server.connections;
    row("TLS connections: 100 sendSMS, 1 credential", String(opened), "<= 2", { ratio: opened / 2, maxRatio: 1 });
  } finally {
    await server.stop();
  }
  const shared = await startBenchSandbox({ tls, accounts: [OTHER_ACCOUNT] });
  try {
    await runChild("sendMany.cjs", {
      BENCH_BASE_URL: shared.url,
      BENCH_INVOCATIONS: "40",
      BENCH_ACCOUNTS: JSON.stringify([
        [ACCOUNT_SID, AUTH_TOKEN],
        [OTHER_ACCOUNT.sid, OTHER_ACCOUNT.authToken],
      ]),
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const credentialsPerConnection = new Map();
    for (const { connection, headers } of shared.requests) {
      credentialsPerConnection.set(connection, new Set([...(credentialsPerConnection.get(connection) ?? []), headers.authorization]));
    }
    const mixedSockets = [...credentialsPerConnection.values()].filter((credentials) => credentials.size > 1).length;
    const opened = shared.connections;
    row("TLS connections: 40 sendSMS, 2 credentials in turn", String(opened), "= 2", { equals: { actual: opened, expected: 2 } });
    row("  connections that carried both credentials", String(mixedSockets), "= 0", { equals: { actual: mixedSockets, expected: 0 } });
  } finally {
    await shared.stop();
  }
}
