CREATE TABLE "ev_inclusion_count" (
	"event_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ev_inclusion_count_event_id_dimension_value_pk" PRIMARY KEY("event_id","dimension","value")
);
--> statement-breakpoint
CREATE TABLE "ev_interest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"lang" text DEFAULT 'de' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ev_event" ADD COLUMN "interest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ev_inclusion_count" ADD CONSTRAINT "ev_inclusion_count_event_id_ev_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."ev_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_interest" ADD CONSTRAINT "ev_interest_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ev_interest" ADD CONSTRAINT "ev_interest_event_id_ev_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."ev_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ev_interest_event" ON "ev_interest" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ev_interest_token" ON "ev_interest" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "ev_interest_email" ON "ev_interest" USING btree ("event_id","email");