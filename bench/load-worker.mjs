// autocannon in a worker thread, so that the load generator does not share
// the event loop of the app it measures. Plain JavaScript: worker threads do
// not inherit tsx's loader on Node 20.
//
// workerData: { url, paths, offset, connections, duration, headers }
// posts back: { requests, elapsedMs, latencies (Float64Array), non2xx, errors, timeouts, statusCodes, bytes }
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

const { url, paths, offset, connections, duration, headers } = workerData;
let next = offset;
const latencies = [];
let bytes = 0;
const started = performance.now();

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
