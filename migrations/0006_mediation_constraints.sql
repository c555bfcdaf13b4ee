-- One mediator, never two jobs at once: enforced by the database, so that parallel accepts
-- cannot both succeed whatever the application does. Cancelled jobs free their time.
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_no_overlap"
  EXCLUDE USING gist ("mediator_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
ALTER TABLE "med_job" ADD CONSTRAINT "med_job_times" CHECK ("ends_at" > "starts_at");
--> statement-breakpoint
ALTER TABLE "med_request_slot" ADD CONSTRAINT "med_request_slot_rank" CHECK ("rank" BETWEEN 0 AND 2 AND "minutes" > 0);
--> statement-breakpoint
ALTER TABLE "med_availability" ADD CONSTRAINT "med_availability_window" CHECK ("weekday" BETWEEN 1 AND 7 AND "start" >= 0 AND "end" <= 1440 AND "start" < "end");
--> statement-breakpoint
ALTER TABLE "med_absence" ADD CONSTRAINT "med_absence_days" CHECK ("to_day" >= "from_day");
