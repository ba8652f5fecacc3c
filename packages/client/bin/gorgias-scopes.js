#!/usr/bin/env node
import "../dist/cli/gorgias-scopes.js";
