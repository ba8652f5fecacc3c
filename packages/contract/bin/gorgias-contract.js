#!/usr/bin/env node
import "../dist/cli/conformance-command.js";
