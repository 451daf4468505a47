// Drives the Node SDK (npm package sipgateio) for the benchmarks in bench/.
//
//   node bench/_node_sdk.js <folder with node_modules/sipgateio> <base URL>
//
// Reads one command a line from stdin and answers each with one line on stdout,
// "<seconds> <CPU microseconds> <items>":
//   seq <n>               send n SMS one after another                      (items: n)
//   conc <n> <limit>      send n SMS, <limit> in flight                     (items: n)
//   history <n> <limit>   fetch the history, <limit> entries a page, until a page is short
//                         or n entries were read; fetchAll revives the dates (items: entries)
// Exits when stdin closes, and after 15 minutes at the latest.
"use strict";

const path = require("path");
const readline = require("readline");

const [folder, baseUrl] = process.argv.slice(2);
const { sipgateIO, createSMSModule, createHistoryModule } = require(
  path.join(folder, "node_modules", "sipgateio"),
);

const client = sipgateIO({
  tokenId: "token-ABC123",
  token: "e68ead46-a7db-46cd-8a1a-44aed1e4e372",
});
const sms = createSMSModule(client);
const history = createHistoryModule(client);
const message = { smsId: "s0", to: "+4915799912345", message: "Hello from the benchmark" };

if (!baseUrl.startsWith("http://127.0.0.1:")) {
  throw new Error(`refusing to send anywhere but 127.0.0.1: ${baseUrl}`);
}

async function sequential(n) {
  for (let i = 0; i < n; i += 1) {
    await sms.send(message);
  }
  return n;
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
  return n;
}

async function historyPages(n, limit) {
  let read = 0;
  for (;;) {
    const entries = await history.fetchAll({}, { offset: read, limit });
    read += entries.length;
    if (entries.length < limit || read >= n) return read;
  }
}

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const [mode, n, limit] = line.trim().split(/\s+/);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let items;
  if (mode === "seq") {
    items = await sequential(Number(n));
  } else if (mode === "conc") {
    items = await concurrent(Number(n), Number(limit));
  } else {
    items = await historyPages(Number(n), Number(limit));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  process.stdout.write(`${seconds} ${cpu.user + cpu.system} ${items}\n`);
});
lines.on("close", () => process.exit(0));
setTimeout(() => process.exit(0), 15 * 60 * 1000).unref();
