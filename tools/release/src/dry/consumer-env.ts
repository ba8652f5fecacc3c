/** Settings npm keeps when the consumer's commands run: where to fetch from and cache to. */
const KEPT = new Set(["npm_config_registry", "npm_config_cache", "npm_config_userconfig"]);

/**
 * The environment of a fresh shell for the consumer project: without the `npm_config_*`,
 * `npm_package_*` and `npm_lifecycle_*` variables pnpm sets for the script that runs the dry run,
 * which would make npm read the workspace's settings.
 */
export function consumerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => KEPT.has(key) || !/^npm_(config|package|lifecycle)_/.test(key)));
}
