CREATE TYPE "public"."med_cancelled_by" AS ENUM('requester', 'mediator', 'office');--> statement-breakpoint
CREATE TYPE "public"."med_gender" AS ENUM('female', 'male', 'diverse');--> statement-breakpoint
CREATE TYPE "public"."med_job_status" AS ENUM('confirmed', 'cancelled', 'completed');--> statement-breakpoint
CREATE TYPE "public"."med_level" AS ENUM('native', 'c2', 'c1', 'b2');--> statement-breakpoint
CREATE TYPE "public"."med_mode" AS ENUM('on_site', 'phone', 'video');--> statement-breakpoint
CREATE TYPE "public"."med_offer_status" AS ENUM('open', 'accepted', 'declined', 'withdrawn', 'taken');--> statement-breakpoint
CREATE TYPE "public"."med_request_status" AS ENUM('submitted', 'approved', 'declined', 'offered', 'confirmed', 'completed', 'cancelled', 'unmet');--> statement-breakpoint
CREATE TYPE "public"."med_requester_kind" AS ENUM('department', 'kita', 'school', 'counselling', 'other');--> statement-breakpoint
CREATE TYPE "public"."med_travel_mode" AS ENUM('car', 'public_transport', 'bicycle', 'foot');--> statement-breakpoint
CREATE TYPE "public"."med_urgency" AS ENUM('normal', 'urgent');--> statement-breakpoint
CREATE TABLE "med_absence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediator_id" uuid NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "med_availability" (
	"mediator_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start" smallint NOT NULL,
	"end" smallint NOT NULL,
	CONSTRAINT "med_availability_mediator_id_weekday_start_pk" PRIMARY KEY("mediator_id","weekday","start")
);
--> statement-breakpoint
CREATE TABLE "med_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"offer_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "med_job_status" DEFAULT 'confirmed' NOT NULL,
	"cancelled_by" "med_cancelled_by",
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancellation_fee_cents" integer DEFAULT 0 NOT NULL,
	"no_show" text,
	"actual_minutes" integer,
	"travel_km" double precision,
	"travel_minutes" integer,
	"reported_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"fee_cents" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "med_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb NOT NULL,
	"rates" jsonb NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"retention_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "med_mediator_language" (
	"mediator_id" uuid NOT NULL,
	"code" text NOT NULL,
	"level" "med_level" NOT NULL,
	"dialects" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "med_mediator_language_mediator_id_code_pk" PRIMARY KEY("mediator_id","code")
);
--> statement-breakpoint
CREATE TABLE "med_mediator_town" (
	"mediator_id" uuid NOT NULL,
	"town_id" uuid NOT NULL,
	CONSTRAINT "med_mediator_town_mediator_id_town_id_pk" PRIMARY KEY("mediator_id","town_id")
);
--> statement-breakpoint
CREATE TABLE "med_mediator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"gender" "med_gender",
	"travel_mode" "med_travel_mode" DEFAULT 'public_transport' NOT NULL,
	"base_lat" double precision,
	"base_lng" double precision,
	"base_label" text,
	"max_minutes_per_month" integer DEFAULT 1200 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"consent_at" timestamp with time zone,
	"calendar_token" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "med_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"slot_rank" smallint NOT NULL,
	"status" "med_offer_status" DEFAULT 'open' NOT NULL,
	"token_hash" text NOT NULL,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"decline_reason" text
);
--> statement-breakpoint
CREATE TABLE "med_qualification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediator_id" uuid NOT NULL,
	"title" text NOT NULL,
	"obtained_on" date,
	"valid_until" date
);
--> statement-breakpoint
CREATE TABLE "med_request_slot" (
	"request_id" uuid NOT NULL,
	"rank" smallint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" smallint NOT NULL,
	CONSTRAINT "med_request_slot_request_id_rank_pk" PRIMARY KEY("request_id","rank")
);
--> statement-breakpoint
CREATE TABLE "med_requester_member" (
	"requester_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "med_requester_member_requester_id_user_id_pk" PRIMARY KEY("requester_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "med_requester" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "med_requester_kind" NOT NULL,
	"cost_centre" text,
	"street" text,
	"postcode" text,
	"city" text,
	"lat" double precision,
	"lng" double precision,
	"email" text NOT NULL,
	"phone" text,
	"annual_budget_cents" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "med_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"created_by" uuid,
	"language" text NOT NULL,
	"dialect" text,
	"preferred_gender" "med_gender",
	"mode" "med_mode" NOT NULL,
	"topic" text NOT NULL,
	"participants" smallint DEFAULT 1 NOT NULL,
	"urgency" "med_urgency" DEFAULT 'normal' NOT NULL,
	"urgency_reason" text DEFAULT '' NOT NULL,
	"client_consent" boolean NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"room" text,
	"lat" double precision,
	"lng" double precision,
	"remote_details" text,
	"contact_name" text,
	"contact_phone" text,
	"notes" text DEFAULT '' NOT NULL,
	"follow_up_of" uuid,
	"status" "med_request_status" DEFAULT 'submitted' NOT NULL,
	"assessment" jsonb NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"cancelled_by" "med_cancelled_by",
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "med_absence" ADD CONSTRAINT "med_absence_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_availability" ADD CONSTRAINT "med_availability_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_request_id_med_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."med_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_offer_id_med_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."med_offer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_settings" ADD CONSTRAINT "med_settings_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_mediator_language" ADD CONSTRAINT "med_mediator_language_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_mediator_town" ADD CONSTRAINT "med_mediator_town_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_mediator_town" ADD CONSTRAINT "med_mediator_town_town_id_town_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."town"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_mediator" ADD CONSTRAINT "med_mediator_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_mediator" ADD CONSTRAINT "med_mediator_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_offer" ADD CONSTRAINT "med_offer_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_offer" ADD CONSTRAINT "med_offer_request_id_med_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."med_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_offer" ADD CONSTRAINT "med_offer_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_offer" ADD CONSTRAINT "med_offer_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_qualification" ADD CONSTRAINT "med_qualification_mediator_id_med_mediator_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."med_mediator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_request_slot" ADD CONSTRAINT "med_request_slot_request_id_med_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."med_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_requester_member" ADD CONSTRAINT "med_requester_member_requester_id_med_requester_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."med_requester"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_requester_member" ADD CONSTRAINT "med_requester_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_requester" ADD CONSTRAINT "med_requester_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_request" ADD CONSTRAINT "med_request_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_request" ADD CONSTRAINT "med_request_requester_id_med_requester_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."med_requester"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_request" ADD CONSTRAINT "med_request_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_request" ADD CONSTRAINT "med_request_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "med_absence_mediator" ON "med_absence" USING btree ("mediator_id","from_day");--> statement-breakpoint
CREATE UNIQUE INDEX "med_job_live" ON "med_job" USING btree ("request_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "med_job_mediator" ON "med_job" USING btree ("mediator_id","starts_at");--> statement-breakpoint
CREATE INDEX "med_job_tenant_starts" ON "med_job" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "med_mediator_language_code" ON "med_mediator_language" USING btree ("code");--> statement-breakpoint
CREATE INDEX "med_mediator_tenant" ON "med_mediator" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "med_mediator_user" ON "med_mediator" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "med_mediator_calendar" ON "med_mediator" USING btree ("calendar_token");--> statement-breakpoint
CREATE INDEX "med_offer_request" ON "med_offer" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "med_offer_mediator" ON "med_offer" USING btree ("mediator_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "med_offer_open" ON "med_offer" USING btree ("request_id","mediator_id","slot_rank") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "med_qualification_mediator" ON "med_qualification" USING btree ("mediator_id");--> statement-breakpoint
CREATE INDEX "med_request_slot_starts" ON "med_request_slot" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "med_requester_member_user" ON "med_requester_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "med_requester_tenant" ON "med_requester" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "med_request_reference" ON "med_request" USING btree ("tenant_id","reference");--> statement-breakpoint
CREATE INDEX "med_request_tenant_status" ON "med_request" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "med_request_requester" ON "med_request" USING btree ("requester_id","created_at");