ALTER TABLE "dir_search" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "kind" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "topics" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "town_slug" text;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "temporarily_closed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "slug" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dir_search" ADD COLUMN "sort_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Existing documents get their entries' attributes; from now on indexServices() writes them.
UPDATE "dir_search" d
   SET "active" = (s."status" = 'active'), "kind" = s."kind", "topics" = s."topics", "languages" = s."languages",
       "town_slug" = w."slug", "temporarily_closed" = s."temporarily_closed", "slug" = s."slug", "sort_name" = s."name"
  FROM "dir_service" s
  LEFT JOIN "dir_location" l ON l."id" = s."location_id"
  LEFT JOIN "town" w ON w."id" = l."town_id"
 WHERE d."service_id" = s."id";
