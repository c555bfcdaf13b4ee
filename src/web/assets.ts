/**
 * Builds the public assets at start: KERN UX's stylesheet purged down to the
 * classes our views use plus our own CSS, and the JavaScript islands, each
 * under a content hash so they can be cached forever.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const buildDir = path.join(root, "public", "build");
const require = createRequire(import.meta.url);

export interface AssetManifest {
  css: string;
  js: Record<string, string>;
  /** Stylesheets loaded only with an island (Leaflet's for the map). */
  styles: Record<string, string>;
}

const ISLANDS = ["map-loader", "map", "altcha", "plan-watch"];

function filesUnder(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const hashOf = (...parts: (string | Buffer)[]) => {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 12);
};

let built: Promise<AssetManifest> | undefined;

export function buildAssets(): Promise<AssetManifest> {
  built ??= doBuild();
  return built;
}

async function doBuild(): Promise<AssetManifest> {
  const kernCss = require.resolve("@kern-ux/native/dist/kern.min.css");
  const appCss = path.join(root, "src/web/styles/app.css");
  const views = filesUnder(path.join(root, "src"), /\.tsx$/);
  const islandSources = filesUnder(path.join(root, "src/web/islands"), /\.ts$/);
  const inputs = [kernCss, appCss, ...views, ...islandSources].map((f) => fs.readFileSync(f));
  const key = hashOf(...inputs, process.env.npm_package_version ?? "");
  const manifestFile = path.join(buildDir, `manifest-${key}.json`);
  if (fs.existsSync(manifestFile)) return JSON.parse(fs.readFileSync(manifestFile, "utf8")) as AssetManifest;

  fs.mkdirSync(buildDir, { recursive: true });
  const { PurgeCSS } = await import("purgecss");
  const esbuild = await import("esbuild");
  const [purged] = await new PurgeCSS().purge({
    content: views.map((file) => ({ raw: fs.readFileSync(file, "utf8"), extension: "html" })),
    css: [kernCss],
    variables: true,
    fontFace: true,
    keyframes: true,
    safelist: { standard: [/^kern-(alert|form|label|hint|error|btn|badge|table|fieldset)/] },
  });
  // Font files are not shipped: system fonts keep pages light on a 3G phone.
  const cssSource = (purged?.css ?? "").replace(/@font-face\s*{[^}]*}/g, "") + "\n" + fs.readFileSync(appCss, "utf8");
  const css = await esbuild.transform(cssSource, { loader: "css", minify: true });
  const cssName = `app-${hashOf(css.code)}.css`;
  fs.writeFileSync(path.join(buildDir, cssName), css.code);

  const js: Record<string, string> = {};
  for (const island of ISLANDS) {
    const result = await esbuild.build({
      entryPoints: [path.join(root, "src/web/islands", `${island}.ts`)],
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2019",
      write: false,
      legalComments: "none",
    });
    const code = result.outputFiles[0]!.text;
    const name = `${island}-${hashOf(code)}.js`;
    fs.writeFileSync(path.join(buildDir, name), code);
    js[island] = name;
  }
  const leaflet = await esbuild.transform(fs.readFileSync(require.resolve("leaflet/dist/leaflet.css"), "utf8"), { loader: "css", minify: true });
  const leafletName = `leaflet-${hashOf(leaflet.code)}.css`;
  fs.writeFileSync(path.join(buildDir, leafletName), leaflet.code);
  const manifest: AssetManifest = { css: cssName, js, styles: { leaflet: leafletName } };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  return manifest;
}
