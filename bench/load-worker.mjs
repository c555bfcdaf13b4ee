// autocannon in a worker thread, so that the load generator does not share
// the event loop of the app it measures. Plain JavaScript: worker threads do
// not inherit tsx's loader on Node 20.
//
// workerData: { url, paths, offset, connections, duration, headers, rate? }
// posts back: { requests, elapsedMs, latencies (Float64Array), non2xx, errors, timeouts, statusCodes, bytes }
import http from "node:http";
import { setTimeout } from "node:timers";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { url, paths, offset, connections, duration, headers, rate } = workerData;
let next = offset;
const latencies = [];
let bytes = 0;
const started = performance.now();

if (rate) openLoad();
else closedLoad();

/**
 * Open load: request i goes out at started + i/rate seconds whether or not earlier ones were
 * answered, the way independent readers arrive; its latency counts from that scheduled instant, so
 * a request that had to wait for a free socket is not flattered (no coordinated omission).
 * (autocannon's overallRate releases each second's quota at once, in a burst.)
 */
function openLoad() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.round(rate * duration);
  const statusCodes = {};
  let sent = 0;
  let done = 0;
  let errors = 0;
  let non2xx = 0;
  const finish = () => {
    agent.destroy();
    const array = Float64Array.from(latencies);
    parentPort.postMessage(
      { requests: latencies.length, elapsedMs: performance.now() - started, latencies: array, non2xx, errors, timeouts: 0, statusCodes, bytes },
      [array.buffer],
    );
  };
  const fire = (scheduled) => {
    const req = http.get(url + paths[next++ % paths.length], { agent, headers }, (res) => {
      res.on("data", (chunk) => (bytes += chunk.length));
      res.on("end", () => {
        latencies.push(performance.now() - scheduled);
        statusCodes[res.statusCode] = (statusCodes[res.statusCode] ?? 0) + 1;
        if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
        if (++done === total) finish();
      });
    });
    req.on("error", () => {
      errors++;
      if (++done === total) finish();
    });
  };
  const tick = () => {
    const now = performance.now();
    while (sent < total && started + (sent * 1000) / rate <= now) fire(started + (sent++ * 1000) / rate);
    if (sent < total) setTimeout(tick, Math.max(0, started + (sent * 1000) / rate - performance.now()));
  };
  tick();
}

function closedLoad() {
const instance = autocannon(
  {
    url,
    connections,
    duration,
    headers,
    // One request template whose path is taken from the query mix, in order, across all connections.
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  },
  (err, result) => {
    const elapsedMs = performance.now() - started;
    if (err) {
      parentPort.postMessage({ error: String(err) });
      return;
    }
    const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
    const array = Float64Array.from(latencies);
    parentPort.postMessage(
      { requests: latencies.length, elapsedMs, latencies: array, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statusCodes, bytes },
      [array.buffer],
    );
  },
);
instance.on("response", (_client, _statusCode, resBytes, responseTime) => {
  latencies.push(responseTime);
  bytes += resBytes;
});
}
