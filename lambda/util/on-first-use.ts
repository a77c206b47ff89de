/**
 * An object made on the first use of any of its members, so a dependency whose code (and libraries) only some
 * turns need is not loaded at start-up. For dependencies used through their methods, such as the stores.
 */
export function onFirstUse<T extends object>(create: () => T): T {
  let made: T | undefined;
  const target = () => (made ??= create());
  return new Proxy({} as T, {
    get(_, name) {
      const value = Reflect.get(target(), name) as unknown;
      return typeof value === 'function' ? value.bind(target()) : value;
    },
    has: (_, name) => Reflect.has(target(), name),
  });
}
