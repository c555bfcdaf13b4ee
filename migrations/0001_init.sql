CREATE TYPE "public"."role" AS ENUM('tenant_admin', 'staff', 'requester', 'mediator', 'volunteer', 'applicant');--> statement-breakpoint
CREATE TYPE "public"."tenant_kind" AS ENUM('city', 'district', 'state');--> statement-breakpoint
CREATE TYPE "public"."town_kind" AS ENUM('city', 'municipality', 'joint_municipality');--> statement-breakpoint
CREATE TYPE "public"."barrier_free" AS ENUM('yes', 'no', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."record_status" AS ENUM('active', 'archived');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_translation" (
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	"source_hash" text NOT NULL,
	"machine" boolean DEFAULT false NOT NULL,
	"tenant_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_translation_entity_entity_id_field_lang_pk" PRIMARY KEY("entity","entity_id","field","lang")
);
--> statement-breakpoint
CREATE TABLE "job_run" (
	"name" text PRIMARY KEY NOT NULL,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_result" text,
	"runs" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"user_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_user_id_tenant_id_role_pk" PRIMARY KEY("user_id","tenant_id","role")
);
--> statement-breakpoint
CREATE TABLE "oidc_flow" (
	"state" text PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"return_to" text DEFAULT '/admin' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_secret" text NOT NULL,
	"via" text DEFAULT 'password' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "tenant_kind" NOT NULL,
	"parent_id" uuid,
	"state" text DEFAULT 'NI' NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "town" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "town_kind" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"platform_admin" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'de' NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "dir_location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"town_id" uuid,
	"lat" double precision,
	"lng" double precision,
	"barrier_free" "barrier_free" DEFAULT 'unknown' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_opening_exception" (
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"opens" smallint,
	"closes" smallint,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_opening_slot" (
	"service_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" smallint NOT NULL,
	"closes" smallint NOT NULL,
	CONSTRAINT "dir_opening_slot_service_id_weekday_opens_pk" PRIMARY KEY("service_id","weekday","opens")
);
--> statement-breakpoint
CREATE TABLE "dir_organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'association' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dir_search" (
	"service_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "dir_search_service_id_lang_pk" PRIMARY KEY("service_id","lang")
);
--> statement-breakpoint
CREATE TABLE "dir_search_word" (
	"tenant_id" uuid NOT NULL,
	"word" text NOT NULL,
	"display" text NOT NULL,
	CONSTRAINT "dir_search_word_tenant_id_word_pk" PRIMARY KEY("tenant_id","word")
);
--> statement-breakpoint
CREATE TABLE "dir_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"appointment_url" text,
	"appointment_only" boolean DEFAULT false NOT NULL,
	"temporarily_closed" boolean DEFAULT false NOT NULL,
	"hours_note" text DEFAULT '' NOT NULL,
	"status" "record_status" DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translation" ADD CONSTRAINT "content_translation_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant" ADD CONSTRAINT "tenant_parent_id_tenant_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenant"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "town" ADD CONSTRAINT "town_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_location" ADD CONSTRAINT "dir_location_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_location" ADD CONSTRAINT "dir_location_organisation_id_dir_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."dir_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_location" ADD CONSTRAINT "dir_location_town_id_town_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."town"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_opening_exception" ADD CONSTRAINT "dir_opening_exception_service_id_dir_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_opening_slot" ADD CONSTRAINT "dir_opening_slot_service_id_dir_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_organisation" ADD CONSTRAINT "dir_organisation_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_search" ADD CONSTRAINT "dir_search_service_id_dir_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."dir_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service" ADD CONSTRAINT "dir_service_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service" ADD CONSTRAINT "dir_service_organisation_id_dir_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."dir_organisation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dir_service" ADD CONSTRAINT "dir_service_location_id_dir_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."dir_location"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_tenant_at" ON "audit_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "audit_entity" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "content_translation_tenant_lang" ON "content_translation" USING btree ("tenant_id","lang");--> statement-breakpoint
CREATE INDEX "session_user" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_expires" ON "session" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_key_at" ON "sign_in_attempt" USING btree ("key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "town_tenant_slug" ON "town" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "user_oidc" ON "app_user" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "dir_location_org" ON "dir_location" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "dir_opening_exception_day" ON "dir_opening_exception" USING btree ("service_id","day");--> statement-breakpoint
CREATE INDEX "dir_org_tenant" ON "dir_organisation" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "dir_search_document" ON "dir_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "dir_search_tenant_lang" ON "dir_search" USING btree ("tenant_id","lang");--> statement-breakpoint
CREATE INDEX "dir_search_word_trgm" ON "dir_search_word" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "dir_service_tenant_slug" ON "dir_service" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "dir_service_tenant_status" ON "dir_service" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "dir_service_topics" ON "dir_service" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "dir_service_languages" ON "dir_service" USING gin ("languages");