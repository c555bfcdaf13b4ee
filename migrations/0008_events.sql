CREATE TYPE "public"."ev_status" AS ENUM('draft', 'review', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."ev_registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "ev_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"programme_id" uuid,
	"slug" text NOT NULL,
	"status" "ev_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Europe/Berlin' NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"rrule" text,
	"exdates" timestamp with time zone[] DEFAULT '{}' NOT NULL,
	"venue" text,
	"street" text,
	"postcode" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"online_url" text,
	"organiser" text NOT NULL,
	"contact_email" text,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"image_url" text,
	"image_alt" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"questions" jsonb DEFAULT '[]' NOT NULL,
	"retention_days" integer DEFAULT 30 NOT NULL,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ev_occurrence_change" (
	"event_id" uuid NOT NULL,
	"original_start" timestamp with time zone NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ev_occurrence_change_event_id_original_start_pk" PRIMARY KEY("event_id","original_start")
);
--> statement-breakpoint
CREATE TABLE "ev_programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ev_registration_count" (
	"event_id" uuid NOT NULL,
	"occurrence" timestamp with time zone NOT NULL,
	"confirmed" integer DEFAULT 0 NOT NULL,
	"waitlisted" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"attended" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ev_registration_count_event_id_occurrence_pk" PRIMARY KEY("event_id","occurrence")
);
--> statement-breakpoint
CREATE TABLE "ev_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"occurrence" timestamp with time zone NOT NULL,
	"status" "ev_registration_status" NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"answers" jsonb DEFAULT '[]' NOT NULL,
	"lang" text DEFAULT 'de' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ev_event" ADD CONSTRAINT "ev_event_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_event" ADD CONSTRAINT "ev_event_programme_id_ev_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."ev_programme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_event" ADD CONSTRAINT "ev_event_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_occurrence_change" ADD CONSTRAINT "ev_occurrence_change_event_id_ev_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."ev_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_programme" ADD CONSTRAINT "ev_programme_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_registration_count" ADD CONSTRAINT "ev_registration_count_event_id_ev_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."ev_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_registration" ADD CONSTRAINT "ev_registration_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_registration" ADD CONSTRAINT "ev_registration_event_id_ev_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."ev_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ev_event_slug" ON "ev_event" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "ev_event_tenant_start" ON "ev_event" USING btree ("tenant_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "ev_event_programme" ON "ev_event" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ev_programme_slug" ON "ev_programme" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "ev_registration_occurrence" ON "ev_registration" USING btree ("event_id","occurrence","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ev_registration_token" ON "ev_registration" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "ev_registration_tenant" ON "ev_registration" USING btree ("tenant_id");