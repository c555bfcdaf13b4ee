/**
 * Counts of the Wegweiser for other modules (the strategy's inventory of
 * offers, the integration report): active entries by topic and town. The
 * small exported surface other modules may call.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";

export interface OfferCount {
  topic: string;
  /** The town's slug; null for entries without a location in one of the tenant's towns. */
  town: string | null;
  offers: number;
}

/** Active entries of the tenant (its own, not the Land's) per topic and town; an entry with two topics counts for each. */
export async function offerCounts(db: Executor, tenantId: string): Promise<OfferCount[]> {
  return rows<OfferCount>(
    db,
    sql`SELECT topic, w.slug AS town, count(*)::int AS offers
          FROM dir_service s
          CROSS JOIN LATERAL unnest(s.topics) AS topic
          LEFT JOIN dir_location l ON l.id = s.location_id
          LEFT JOIN town w ON w.id = l.town_id AND w.tenant_id = s.tenant_id
         WHERE s.tenant_id = ${tenantId} AND s.status = 'active'
         GROUP BY topic, w.slug
         ORDER BY topic, w.slug`,
  );
}
