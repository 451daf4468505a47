// The benchmarks' stand-in for sipgate, on 127.0.0.1 only.
//
//   node bench/_sms_server.js [--history FILE] [--latency-ms N]
//
// prints the port it listens on, then serves until stdin closes:
//   POST /v2/sessions/sms            204 (body and Authorization header required)
//   GET  /v2/history?offset&limit    that slice of the entries in FILE (a JSON array), as
//                                    {"items": [...], "totalCount": n}; each page is encoded
//                                    once and then served from memory, so every client costs
//                                    the server the same
//   POST /v2/contacts/import/csv     204
//   GET  /__count                    how many SMS requests were answered, so the benchmark
//                                    can check that every client really sent what it claims
// --latency-ms delays every API answer, as a network would. It stops by itself after
// 15 minutes at the latest.
"use strict";

const fs = require("fs");
const http = require("http");

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const historyFile = option("--history");
const latencyMs = Number(option("--latency-ms") || 0);
const history = historyFile ? JSON.parse(fs.readFileSync(historyFile, "utf8")) : [];
const pages = new Map();

let sent = 0;

function answer(res, status, body, type) {
  const send = () => {
    if (body) res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
    else res.writeHead(status); // 204: no Content-Length, no body
    res.end(body);
  };
  if (latencyMs > 0) setTimeout(send, latencyMs);
  else send();
}

function historyPage(query) {
  const offset = Number(query.get("offset") || 0);
  const limit = Number(query.get("limit") || 10);
  const key = `${offset},${limit}`;
  let page = pages.get(key);
  if (page === undefined) {
    const items = history.slice(offset, offset + limit);
    page = Buffer.from(JSON.stringify({ items, totalCount: history.length }));
    pages.set(key, page);
  }
  return page;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/__count") {
    const body = Buffer.from(String(sent));
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": body.length });
    res.end(body);
    return;
  }
  if (req.method === "GET" && url.pathname === "/v2/history") {
    answer(res, 200, historyPage(url.searchParams), "application/json");
    return;
  }
  if (req.method === "POST" && ["/v2/sessions/sms", "/v2/contacts/import/csv"].includes(url.pathname)) {
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
    });
    req.on("end", () => {
      if (size === 0 || !req.headers.authorization) {
        const body = Buffer.from('{"message":"body and Authorization header required"}');
        answer(res, 400, body, "application/json");
        return;
      }
      if (url.pathname === "/v2/sessions/sms") sent += 1;
      answer(res, 204, null);
    });
    return;
  }
  answer(res, 404, Buffer.from('{"message":"not found"}'), "application/json");
});

server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.maxRequestsPerSocket = 0;

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`);
});

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), 15 * 60 * 1000).unref();
