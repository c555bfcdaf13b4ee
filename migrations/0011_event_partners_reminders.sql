ALTER TYPE "public"."role" ADD VALUE 'partner';--> statement-breakpoint
CREATE TABLE "ev_partner_member" (
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "ev_partner_member_partner_id_user_id_pk" PRIMARY KEY("partner_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ev_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact_email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ev_event" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "ev_registration" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ev_partner_member" ADD CONSTRAINT "ev_partner_member_partner_id_ev_partner_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."ev_partner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_partner_member" ADD CONSTRAINT "ev_partner_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_partner" ADD CONSTRAINT "ev_partner_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ev_partner_member_user" ON "ev_partner_member" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ev_partner_name" ON "ev_partner" USING btree ("tenant_id","name");--> statement-breakpoint
ALTER TABLE "ev_event" ADD CONSTRAINT "ev_event_partner_id_ev_partner_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."ev_partner"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ev_event_partner" ON "ev_event" USING btree ("partner_id");