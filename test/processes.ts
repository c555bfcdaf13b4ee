/**
 * Helpers for tests that run real processes and talk to them over HTTP:
 * a free port, Node children (the app: `node --import tsx src/main.ts`) with
 * their output captured, waiting for /readyz and for exits, temporary
 * folders, and `HttpClient`, a cookie-keeping client over fetch.
 *
 * The in-process helpers (the app through fastify.inject, factories) are in
 * ./helpers.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: children run here. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A TCP port on 127.0.0.1 that was free a moment ago (closed again, for a server to take). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- processes

/** How a child ended: its exit code, or the signal that ended it. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running (or finished) Node child, see `spawnNode`. */
export interface NodeProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr as they came (for assertions and failure messages). */
  output(): string;
  /** Settles once it has exited. */
  exit: Promise<Exit>;
  /** Neither exited nor killed yet. */
  alive(): boolean;
  /**
   * Sends `signal` (SIGTERM unless told) if it still runs, and SIGKILL when it
   * has not exited after `graceMs`; resolves with how it ended.
   */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

/**
 * Waits up to `ms` (without: as long as it takes) for `child` to exit;
 * true when it has.
 */
export function waitForExit(child: ChildProcess, ms?: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = ms === undefined ? undefined : setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Runs `node --import tsx ...args` in the project root with this process's
 * environment plus `env` (a variable set to undefined is removed), and
 * captures its output. NODE_TEST_CONTEXT is never passed on: the child is a
 * program, not a test file.
 */
export function spawnNode(args: string[], env: Record<string, string | undefined> = {}): NodeProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NODE_TEST_CONTEXT;
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<Exit>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async (signal: NodeJS.Signals = "SIGTERM", graceMs = 15_000) => {
    if (alive()) {
      child.kill(signal);
      if (signal !== "SIGKILL" && !(await waitForExit(child, graceMs))) child.kill("SIGKILL");
    }
    return exit;
  };
  return { child, output: () => out, exit, alive, stop };
}

/** The app as a child process, see `startApp`. */
export interface AppProcess extends NodeProcess {
  /** A label for messages ("A", "B"; "" for the only one). */
  name: string;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
}

/**
 * Starts the app (`node --import tsx src/main.ts`) on 127.0.0.1:`port`, with
 * PORT, HOST and BASE_URL set and `env` on top (the database, DEMO_DATA, JOBS,
 * LOG_LEVEL … are the caller's). Does not wait: see `waitForReady`.
 */
export function startApp(opts: { port: number; env?: Record<string, string | undefined>; name?: string }): AppProcess {
  const url = `http://127.0.0.1:${opts.port}`;
  const proc = spawnNode(["src/main.ts"], { PORT: String(opts.port), HOST: "127.0.0.1", BASE_URL: url, ...opts.env });
  return { ...proc, name: opts.name ?? "", port: opts.port, url };
}

/**
 * Polls `/readyz` until it answers 200. Throws, with the app's output, when
 * the app exits first or is not ready within `timeoutMs`.
 */
export async function waitForReady(app: AppProcess, timeoutMs = 90_000): Promise<void> {
  const label = app.name ? `the app ${app.name}` : "the app";
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (!app.alive()) {
      const { code, signal } = await app.exit;
      throw new Error(`${label} exited (${code ?? signal}) before it was ready:\n${app.output()}`);
    }
    if (Date.now() > until) throw new Error(`${label} was not ready after ${timeoutMs} ms:\n${app.output()}`);
    try {
      if ((await fetch(`${app.url}/readyz`, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
}

// ---------------------------------------------------------------- temporary folders

const tempDirs = new Set<string>();
const removeLeftovers = () => removeTempDirs();

/**
 * A new, empty folder in the OS temp folder. Removed by `removeDir` or
 * `removeTempDirs`, and at the latest when this process exits.
 */
export function tempDir(prefix = "teilhabe-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (tempDirs.size === 0) process.once("exit", removeLeftovers);
  tempDirs.add(dir);
  return dir;
}

/** Removes a folder and everything in it (no error when it is gone already). */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
  if (tempDirs.size === 0) process.off("exit", removeLeftovers);
}

/** Removes every folder made by `tempDir` so far. */
export function removeTempDirs(): void {
  for (const dir of tempDirs) removeDir(dir);
}

// ---------------------------------------------------------------- HTTP

/** Undoes the HTML escaping of an attribute value or text. */
export const decodeHtml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The Location header as sent (often just a path), or null. */
  location: string | null;
  /** The Location header resolved against the request's URL, or null. */
  redirectUrl: string | null;
}

/** Form fields; a list is sent as the same name repeated. */
export type FormFields = Record<string, string | string[]>;

/**
 * A browser over plain HTTP (fetch), for apps on real ports:
 *
 * - keeps the cookies of Set-Cookie headers and sends them back; a cookie
 *   with an empty value, `Max-Age` ≤ 0 or an `Expires` in the past is
 *   dropped. Path, Domain and Secure are not looked at.
 * - follows no redirects (`redirect: "manual"`): see `location`.
 * - remembers the CSRF token (`name="_csrf" value="…"`) of the last page that
 *   had one; `post` sends it as the `_csrf` field unless the form has one.
 *
 * Cookies are kept per host, as a browser does: ports are not told apart, so
 * one client can hold one session across several app processes on
 * 127.0.0.1. With `{ perOrigin: true }` every origin (scheme, host, port) has
 * its own jar – for servers that share 127.0.0.1 here but would be on hosts
 * of their own in earnest (an app and its identity provider).
 */
export class HttpClient {
  /** The CSRF token of the last page that had one ("" before). */
  csrf = "";
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly options: { perOrigin?: boolean } = {}) {}

  /** The cookies (name → value) sent with a request to `url`; may be changed. */
  jar(url: string): Map<string, string> {
    const u = new URL(url);
    const key = this.options.perOrigin ? u.origin : u.hostname;
    let jar = this.jars.get(key);
    if (!jar) this.jars.set(key, (jar = new Map()));
    return jar;
  }

  /** The value of cookie `name` as sent to `url`. */
  cookie(url: string, name: string): string | undefined {
    return this.jar(url).get(name);
  }

  get(url: string): Promise<HttpResponse> {
    return this.send(url);
  }

  /** Posts `form` urlencoded, with the CSRF token unless `{ csrf: false }`. */
  post(url: string, form: FormFields = {}, opts: { csrf?: boolean } = {}): Promise<HttpResponse> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) params.append(k, x);
    if (opts.csrf !== false && !params.has("_csrf")) params.set("_csrf", this.csrf);
    return this.send(url, params);
  }

  private async send(url: string, form?: URLSearchParams): Promise<HttpResponse> {
    const jar = this.jar(url);
    const headers: Record<string, string> = {};
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    if (form) headers["content-type"] = "application/x-www-form-urlencoded";
    const res = await fetch(url, { method: form ? "POST" : "GET", headers, body: form?.toString(), redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      const expired = attrs.some((a) => {
        const [k, v = ""] = a.trim().split("=");
        const key = k!.toLowerCase();
        return (key === "max-age" && Number(v) <= 0) || (key === "expires" && new Date(v).getTime() < Date.now());
      });
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    const text = await res.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(text);
    if (csrf) this.csrf = decodeHtml(csrf[1]!);
    const location = res.headers.get("location");
    return { status: res.status, headers: res.headers, text, location, redirectUrl: location === null ? null : new URL(location, url).toString() };
  }
}
