// Drives the Node SDK (npm package sipgateio) for bench/sms_bench.py.
//
//   node bench/_node_sdk.js <folder with node_modules/sipgateio> <base URL>
//
// Reads one command a line from stdin and answers each with one line on stdout:
//   seq <n>            send n SMS one after another   -> "<seconds> <CPU microseconds>"
//   conc <n> <limit>   send n SMS, <limit> in flight  -> "<seconds> <CPU microseconds>"
// Exits when stdin closes, and after 15 minutes at the latest.
"use strict";

const path = require("path");
const readline = require("readline");

const [folder, baseUrl] = process.argv.slice(2);
const { sipgateIO, createSMSModule } = require(path.join(folder, "node_modules", "sipgateio"));

const client = sipgateIO({
  tokenId: "token-ABC123",
  token: "e68ead46-a7db-46cd-8a1a-44aed1e4e372",
});
const sms = createSMSModule(client);
const message = { smsId: "s0", to: "+4915799912345", message: "Hello from the benchmark" };

if (!baseUrl.startsWith("http://127.0.0.1:")) {
  throw new Error(`refusing to send anywhere but 127.0.0.1: ${baseUrl}`);
}

async function sequential(n) {
  for (let i = 0; i < n; i += 1) {
    await sms.send(message);
  }
}

async function concurrent(n, limit) {
  let next = 0;
  async function worker() {
    while (next < n) {
      next += 1;
      await sms.send(message);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const [mode, n, limit] = line.trim().split(/\s+/);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  if (mode === "seq") {
    await sequential(Number(n));
  } else {
    await concurrent(Number(n), Number(limit));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  process.stdout.write(`${seconds} ${cpu.user + cpu.system}\n`);
});
lines.on("close", () => process.exit(0));
setTimeout(() => process.exit(0), 15 * 60 * 1000).unref();
