// The benchmark's stand-in for sipgate: answers POST /v2/sessions/sms with 204, on 127.0.0.1 only.
//
//   node bench/_sms_server.js     prints the port it listens on, then serves until stdin closes
//
// GET /__count returns how many SMS requests were answered, so the benchmark can check that
// every client really sent what it claims. It stops by itself after 15 minutes at the latest.
"use strict";

const http = require("http");

let sent = 0;

const server = http.createServer((req, res) => {
  if (req.method === "POST" && req.url === "/v2/sessions/sms") {
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
    });
    req.on("end", () => {
      if (size === 0 || !req.headers.authorization) {
        res.writeHead(400, { "Content-Type": "application/json" });
        res.end('{"message":"body and Authorization header required"}');
        return;
      }
      sent += 1;
      res.writeHead(204);
      res.end();
    });
    return;
  }
  if (req.method === "GET" && req.url === "/__count") {
    const body = String(sent);
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": body.length });
    res.end(body);
    return;
  }
  res.writeHead(404, { "Content-Type": "application/json" });
  res.end('{"message":"not found"}');
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
