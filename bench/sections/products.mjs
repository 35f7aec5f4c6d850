// First steps of a fresh worker: loading the bundle, then one step of each Twilio product.
import { createOnSandbox, runChild, startBenchSandbox } from "../benchSandbox.mjs";
import { median } from "../coldStart.mjs";
import { ms, note, row } from "../report.mjs";

/** What a fresh worker pays for its first steps: loading the bundle, then one step of each Twilio product. */
export async function benchProducts() {
  const server = await startBenchSandbox();
  const productEnv = {
    BENCH_VERIFY_SERVICE: await createOnSandbox(server, "/verify/v2/Services", { FriendlyName: "Bench" }),
    BENCH_STUDIO_FLOW: await createOnSandbox(server, "/studio/v2/Flows", { FriendlyName: "Bench", Status: "published", Definition: "{}" }),
  };
  const everyProduct = "messages,phoneNumbers,account,raw,messagingServices,lookup,verify,content,studio,voice";
  const variants = { "load only": "", "load + sendSMS": "messages", "load + one step of each product": everyProduct };
  const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  try {
    for (let round = 0; round < 5; round++) {
      for (const [name, products] of Object.entries(variants)) {
        runs[name].push(await runChild("products.cjs", { BENCH_BASE_URL: server.url, BENCH_PRODUCTS: products, ...productEnv }));
      }
    }
  } finally {
    await server.stop();
  }
  const summary = (list) => ({ wallMs: median(list.map((run) => run.wallMs)), rssMB: median(list.map((run) => run.maxRssKB)) / 1024 });
  const base = summary(runs["load only"]);
  for (const name of Object.keys(variants)) {
    const { wallMs, rssMB } = summary(runs[name]);
    row(`first steps of a worker: ${name}`, `${ms(wallMs)}, ${rssMB.toFixed(1)} MiB RSS`, "-", { ratio: rssMB / base.rssMB });
  }
  note(
    `first steps: medians of 5 fresh processes each, through createHarness, against the sandbox Twilio; ratio = peak RSS over "load only". Products: ${everyProduct}.`,
  );
}
