#!/usr/bin/env node
// The `acct-mcp` command. A committed shim, so npm links it even before the first build
// (npm skips bins whose file is missing at install time); the program is dist/bin.mjs.
import '../dist/bin.mjs';
