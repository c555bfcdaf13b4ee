CREATE TYPE "public"."st_indicator_direction" AS ENUM('up', 'down', 'none');--> statement-breakpoint
CREATE TYPE "public"."st_report_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "st_indicator_target" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"year" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "st_indicator_target_tenant_id_indicator_id_pk" PRIMARY KEY("tenant_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "st_indicator_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"ags" text DEFAULT '' NOT NULL,
	"geo_code" text,
	"year" smallint NOT NULL,
	"period" text NOT NULL,
	"breakdown" jsonb DEFAULT '{}' NOT NULL,
	"breakdown_key" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"file" text,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"calculation" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"source_url" text,
	"unit" text DEFAULT '' NOT NULL,
	"direction" "st_indicator_direction" DEFAULT 'none' NOT NULL,
	"decimals" smallint,
	"origin" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_report_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"indicator_keys" text[] DEFAULT '{}' NOT NULL,
	"status" "st_report_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "st_indicator_target" ADD CONSTRAINT "st_indicator_target_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_indicator_target" ADD CONSTRAINT "st_indicator_target_indicator_id_st_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."st_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_indicator_value" ADD CONSTRAINT "st_indicator_value_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_indicator_value" ADD CONSTRAINT "st_indicator_value_indicator_id_st_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."st_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_indicator" ADD CONSTRAINT "st_indicator_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_report_version" ADD CONSTRAINT "st_report_version_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_report_version" ADD CONSTRAINT "st_report_version_report_id_st_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."st_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_report" ADD CONSTRAINT "st_report_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "st_indicator_value_key" ON "st_indicator_value" USING btree ("indicator_id","tenant_id","ags","year","period","breakdown_key","unit");--> statement-breakpoint
CREATE INDEX "st_indicator_value_series" ON "st_indicator_value" USING btree ("indicator_id","ags","breakdown_key","year");--> statement-breakpoint
CREATE INDEX "st_indicator_value_file" ON "st_indicator_value" USING btree ("tenant_id","indicator_id","file");--> statement-breakpoint
CREATE UNIQUE INDEX "st_indicator_key" ON "st_indicator" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "st_report_version_number" ON "st_report_version" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "st_report_year" ON "st_report" USING btree ("tenant_id","year");