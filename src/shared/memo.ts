/**
 * A function of an object, remembered for as long as the object lives. For
 * work on parts of the content that have not changed since the last time
 * (`serve` keeps unchanged reports between saves, as the same objects): the
 * answer is kept by the object itself, so nothing here ever needs clearing.
 * Only for pure functions of objects nobody changes after they are made.
 * `keyOf` names the object that stands for the argument, when the argument
 * itself is made anew each time (a report's model is; its texts are not).
 */
export function perObject<A extends object, V>(
  fn: (arg: A) => V,
  keyOf: (arg: A) => object = (arg) => arg,
): (arg: A) => V {
  const kept = new WeakMap<object, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (kept.has(key)) return kept.get(key)!;
    const value = fn(arg);
    kept.set(key, value);
    return value;
  };
}
