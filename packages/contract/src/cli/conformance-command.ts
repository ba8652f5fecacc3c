/** Runs `conformance` on its own until the package's `gorgias-contract` CLI dispatches to it. */
import { main } from "../conformance/run-conformance.js";

process.exitCode = await main(process.argv.slice(2));
