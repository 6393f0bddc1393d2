/** A key renaming function, such as `toCamelCase`. */
export type KeyTransform = (key: string) => string;

/** True for plain objects (`{}` literals, `Object.create(null)`), the only objects whose keys are renamed. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const splitPrefix = (key: string): [string, string] => {
  const prefix = /^[_-]*/.exec(key)?.[0] ?? '';
  return [prefix, key.slice(prefix.length)];
};

/** Splits `moCallBackUrl`, `mo-callback_url`, `HTTPServer` into lower case words. */
const words = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());

/** `error-code_label` → `errorCodeLabel`; leading `_`/`-` (as in `_links`) are kept. */
export const toCamelCase: KeyTransform = (key) => {
  const [prefix, rest] = splitPrefix(key);
  const camel = words(rest)
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  return prefix + camel;
};

/** `moCallBackUrl` → `mo_call_back_url`; leading `_`/`-` are kept. */
export const toSnakeCase: KeyTransform = (key) => {
  const [prefix, rest] = splitPrefix(key);
  return prefix + words(rest).join('_');
};

/** `moCallBackUrl` → `mo-call-back-url`; leading `_`/`-` are kept. */
export const toKebabCase: KeyTransform = (key) => {
  const [prefix, rest] = splitPrefix(key);
  return prefix + words(rest).join('-');
};

const transformValue = (
  transform: KeyTransform,
  value: unknown,
  preserve: boolean | readonly string[],
): unknown => {
  if (isPlainObject(value)) return transformObjectKeys(transform, value, true, preserve);
  if (Array.isArray(value)) return value.map((item) => transformValue(transform, item, preserve));
  return value;
};

/**
 * Renames the keys of `obj` with `transform`, returning a new object (the input is never mutated).
 * `deep` descends into nested plain objects and arrays. `preserve: true` keeps each original key
 * beside its renamed copy; a list of key names leaves those keys (and their values) untouched.
 */
export const transformObjectKeys = (
  transform: KeyTransform,
  obj: object,
  deep = false,
  preserve: boolean | readonly string[] = false,
): Record<string, unknown> => {
  const keep = Array.isArray(preserve) ? preserve : [];
  const out: Record<string, unknown> = preserve === true ? { ...obj } : {};
  for (const [key, value] of Object.entries(obj)) {
    if (keep.includes(key)) {
      out[key] = value;
      continue;
    }
    out[transform(key)] = deep ? transformValue(transform, value, preserve) : value;
  }
  return out;
};
