#!/usr/bin/env node
// The `teilhabe` command: runs src/cli/main.ts through tsx, so the operator
// needs no build step. The project's tsconfig is named explicitly so that the
// command works from any working directory.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli/main.ts");
