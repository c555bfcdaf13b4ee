CREATE TYPE "public"."st_measure_status" AS ENUM('idea', 'planned', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."st_plan_status" AS ENUM('draft', 'adopted', 'archived');--> statement-breakpoint
CREATE TYPE "public"."st_questionnaire_kind" AS ENUM('selfcheck', 'needs');--> statement-breakpoint
CREATE TYPE "public"."st_respondent_group" AS ENUM('administration', 'politics', 'civil_society', 'economy');--> statement-breakpoint
CREATE TYPE "public"."st_round_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."st_workshop_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "st_field" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"area_key" text,
	"topics" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"indicator" text DEFAULT '' NOT NULL,
	"target_value" numeric(14, 4),
	"target_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_measure_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"text" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"budget" numeric(14, 2),
	"status" "st_measure_status" DEFAULT 'idea' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_year" smallint NOT NULL,
	"ends_year" smallint NOT NULL,
	"status" "st_plan_status" DEFAULT 'draft' NOT NULL,
	"previous_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_questionnaire" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" "st_questionnaire_kind" NOT NULL,
	"template_key" text,
	"copied_from" uuid,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"group" "st_respondent_group" NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"name" text,
	"email" text,
	"answers" jsonb DEFAULT '{}' NOT NULL,
	"reached" smallint DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" "st_round_status" DEFAULT 'draft' NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"definition" jsonb,
	"previous_id" uuid,
	"closes_on" date,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "st_workshop_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"area_key" text NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"goal_id" uuid
);
--> statement-breakpoint
CREATE TABLE "st_workshop_vote" (
	"item_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"participant" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "st_workshop_vote_item_id_participant_pk" PRIMARY KEY("item_id","participant")
);
--> statement-breakpoint
CREATE TABLE "st_workshop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"round_id" uuid,
	"title" text NOT NULL,
	"code" text NOT NULL,
	"status" "st_workshop_status" DEFAULT 'open' NOT NULL,
	"votes_per_person" smallint DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "tenant" ADD COLUMN "ags" text;--> statement-breakpoint
ALTER TABLE "st_field" ADD CONSTRAINT "st_field_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_field" ADD CONSTRAINT "st_field_plan_id_st_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."st_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_goal" ADD CONSTRAINT "st_goal_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_goal" ADD CONSTRAINT "st_goal_field_id_st_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."st_field"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_measure_note" ADD CONSTRAINT "st_measure_note_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_measure_note" ADD CONSTRAINT "st_measure_note_measure_id_st_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."st_measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_measure" ADD CONSTRAINT "st_measure_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_measure" ADD CONSTRAINT "st_measure_goal_id_st_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."st_goal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_plan" ADD CONSTRAINT "st_plan_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_questionnaire" ADD CONSTRAINT "st_questionnaire_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_response" ADD CONSTRAINT "st_response_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_response" ADD CONSTRAINT "st_response_round_id_st_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."st_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_round" ADD CONSTRAINT "st_round_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_round" ADD CONSTRAINT "st_round_questionnaire_id_st_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."st_questionnaire"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_workshop_item" ADD CONSTRAINT "st_workshop_item_workshop_id_st_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."st_workshop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_workshop_vote" ADD CONSTRAINT "st_workshop_vote_item_id_st_workshop_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."st_workshop_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_workshop_vote" ADD CONSTRAINT "st_workshop_vote_workshop_id_st_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."st_workshop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_workshop" ADD CONSTRAINT "st_workshop_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "st_workshop" ADD CONSTRAINT "st_workshop_round_id_st_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."st_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "st_field_plan" ON "st_field" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "st_goal_field" ON "st_goal" USING btree ("field_id","position");--> statement-breakpoint
CREATE INDEX "st_measure_note_measure" ON "st_measure_note" USING btree ("measure_id","noted_on");--> statement-breakpoint
CREATE INDEX "st_measure_goal" ON "st_measure" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "st_plan_tenant" ON "st_plan" USING btree ("tenant_id","starts_year");--> statement-breakpoint
CREATE INDEX "st_questionnaire_tenant" ON "st_questionnaire" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "st_questionnaire_template" ON "st_questionnaire" USING btree ("tenant_id","template_key") WHERE "st_questionnaire"."copied_from" IS NULL AND "st_questionnaire"."template_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "st_response_round" ON "st_response" USING btree ("round_id","group");--> statement-breakpoint
CREATE INDEX "st_round_tenant" ON "st_round" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "st_workshop_item_workshop" ON "st_workshop_item" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "st_workshop_vote_person" ON "st_workshop_vote" USING btree ("workshop_id","participant");--> statement-breakpoint
CREATE UNIQUE INDEX "st_workshop_open_code" ON "st_workshop" USING btree ("code") WHERE "st_workshop"."status" = 'open';--> statement-breakpoint
CREATE INDEX "st_workshop_tenant" ON "st_workshop" USING btree ("tenant_id");--> statement-breakpoint
ALTER TABLE "tenant" ADD CONSTRAINT "tenant_ags_unique" UNIQUE("ags");