#!/usr/bin/env node
// The `dev-process` CLI: runs the suite's checks on a local git checkout, no token needed.
import '../dist/cli/index.js';
