import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LoopbackCertificate {
  key: string;
  cert: string;
  /** The certificate's file, for TWILIO_CA_BUNDLE: twilio-node's agent trusts what it names when a client is built. */
  certFile: string;
  remove(): void;
}

/** A self-signed certificate for 127.0.0.1 made by openssl for this test file, as the bench makes its own. */
export function makeLoopbackCertificate(): LoopbackCertificate {
  const dir = mkdtempSync(join(tmpdir(), "twilio-test-tls-"));
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyFile, "-out", certFile].concat([
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ]),
    { stdio: "ignore" },
  );
  return {
    key: readFileSync(keyFile, "utf8"),
    cert: readFileSync(certFile, "utf8"),
    certFile,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
