ALTER TABLE "ev_event" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ev_event" ADD COLUMN "submitted_solved" boolean;