import { runScopesCommand } from "./scopes-command.js";

process.exitCode = runScopesCommand(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line),
);
