/**
 * `gorgias-contract conformance ...` on its own: the entry `bin/gorgias-contract.js` runs until
 * the package's full command table (verify, conformance) takes over dispatching.
 */
import { main } from "../conformance/run-conformance.js";

const [command, ...rest] = process.argv.slice(2);
if (command === "conformance") process.exitCode = await main(rest);
else if (command === undefined || command === "--help" || command === "-h") {
  process.stdout.write("Usage: gorgias-contract conformance --base-url URL [options]   (gorgias-contract conformance --help for the options)\n");
  process.exitCode = command === undefined ? 2 : 0;
} else {
  process.stderr.write(`gorgias-contract: unknown command ${JSON.stringify(command)} (commands: conformance)\n`);
  process.exitCode = 2;
}
