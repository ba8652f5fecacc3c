/** Copies each of `keys` that `source` defines (not undefined) onto `target`: an update body onto a stored record. */
export function assignDefined<T, K extends keyof T>(target: T, source: { readonly [P in K]?: T[P] }, keys: readonly K[]): void {
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) target[key] = value;
  }
}
