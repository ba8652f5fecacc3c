import { fileURLToPath } from "node:url";

/** The repository's root folder: the tools run from there whatever the caller's working directory. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
