CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- Folding key for search: lower case, accents and umlauts removed, and the
-- transliterations ae/oe/ue folded the same way, so that "Migrationsbuero",
-- "Migrationsburo" and "Migrationsbüro" meet. Applied to documents and queries alike.
CREATE OR REPLACE FUNCTION fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT replace(replace(replace(public.unaccent('public.unaccent'::regdictionary, lower(input)), 'ae', 'a'), 'oe', 'o'), 'ue', 'u') $$;
