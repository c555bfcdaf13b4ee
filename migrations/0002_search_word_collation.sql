-- Byte order lets "word LIKE 'prefix%'" use the primary key.
ALTER TABLE "dir_search_word" ALTER COLUMN "word" TYPE text COLLATE "C";
