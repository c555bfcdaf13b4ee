// Entry of the planning thread. On Node 20 a worker thread does not get the
// TypeScript loader the process was started with (`--import tsx`), so it is
// registered here before the worker itself is loaded.
import { register } from "tsx/esm/api";

register();
await import("./plan-worker.ts");
