CREATE TABLE "med_plan_run" (
	"tenant_id" uuid NOT NULL,
	"week" date NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"finished_at" timestamp with time zone,
	"plan" jsonb,
	CONSTRAINT "med_plan_run_tenant_id_week_pk" PRIMARY KEY("tenant_id","week"),
	CONSTRAINT "med_plan_run_status" CHECK ("med_plan_run"."status" IN ('running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "med_plan_run" ADD CONSTRAINT "med_plan_run_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "med_plan_run" ADD CONSTRAINT "med_plan_run_started_by_app_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;