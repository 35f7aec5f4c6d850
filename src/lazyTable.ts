/**
 * A table whose keys are all there from the start and whose values are each built on first read,
 * then kept. Every step of a flow loads the whole component to run one action, trigger or data
 * source: with the parts in lazy tables it evaluates and converts only that one, while anything
 * that walks the table (publishing, the docs, a manifest) still sees every part, in order.
 */
export function lazyTable<Loaders extends Record<string, () => unknown>>(
  loaders: Loaders,
): { [Key in keyof Loaders]: ReturnType<Loaders[Key]> } {
  const table = {} as { [Key in keyof Loaders]: ReturnType<Loaders[Key]> };
  for (const [key, load] of Object.entries(loaders)) {
    let built: { value: unknown } | undefined;
    Object.defineProperty(table, key, {
      enumerable: true,
      configurable: true,
      get() {
        built ??= { value: load() };
        // A plain value from now on; in a table someone froze, this getter keeps answering with it.
        Reflect.defineProperty(table, key, { value: built.value, enumerable: true, configurable: true, writable: true });
        return built.value;
      },
    });
  }
  return table;
}
