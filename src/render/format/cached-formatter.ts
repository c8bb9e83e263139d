/**
 * One Intl formatter per locale and options, made on first use and kept: building an
 * Intl.NumberFormat or DateTimeFormat costs far more than formatting with one, and a build
 * formats thousands of numbers and dates in a handful of styles.
 * @param cache the formatters made so far, one map per kind of formatter
 * @param make builds a formatter, e.g. `(l, o) => new Intl.NumberFormat(l, o)`
 * @param locale a BCP 47 locale
 * @param options the formatter's options
 * @returns the formatter for that locale and options
 */
export function cachedFormatter<Formatter, Options>(
  cache: Map<string, Formatter>,
  make: (locale: string, options: Options) => Formatter,
  locale: string,
  options: Options,
): Formatter {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}
