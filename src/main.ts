/**
 * `npm start`: open the database (PGlite in DATA_DIR, or DATABASE_URL),
 * apply migrations, load the demo data into an empty database, serve.
 */
import { loadConfig } from "./core/config.ts";
import { openDatabase } from "./core/db/index.ts";
import { buildApp } from "./core/app.ts";
import { startScheduler } from "./core/jobs.ts";
import { DEMO_ADMIN, DEMO_PASSWORD, seedDemoIfEmpty } from "./demo.ts";
import { jobs } from "./jobs.ts";
import { ensureTemplates } from "./modules/strategy/questionnaires.ts";
import { TEMPLATES } from "./modules/strategy/templates.ts";

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const seeded = config.demoData && (await seedDemoIfEmpty(database.db, config.databaseUrl, (line) => console.log(line)));
// The Land's questionnaire templates (Selbstcheck, needs analysis) in every Land tenant, also in a real installation.
await ensureTemplates(database.db, TEMPLATES);
const app = await buildApp({ config, db: database.db });
const stopJobs = config.jobs ? startScheduler(database.db, jobs(config), 60_000, (m) => app.log.info(m)) : async () => {};

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await stopJobs();
  } finally {
    await database.close();
  }
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

await app.listen({ port: config.port, host: config.host });
const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.dataDir}`;
console.log(`\nTeilhabe is running at ${config.baseUrl}  (database: ${where})`);
if (seeded || (config.demoData && !config.databaseUrl)) {
  console.log(`Sign in at ${config.baseUrl}/login as ${DEMO_ADMIN} (or leitung@wilhelmshaven.teilhabe.example, team@emsland.teilhabe.example, kita@wilhelmshaven.teilhabe.example for the Sprachmittlung portal, …) with the password "${DEMO_PASSWORD}".`);
}
