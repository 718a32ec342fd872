// A list of values in a Dutch sentence, so messages that name the allowed values follow the lists they name.

/** 'a, b of c' */
export function orList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} of ${values[values.length - 1]}`;
}
