/**
 * Errors carry the names of their classes under a registry symbol, so a guard recognises an
 * error made by another copy of a package (two versions in one `node_modules`, a bundled copy)
 * where `instanceof` against a class object would fail.
 */
const brandsKey: unique symbol = Symbol.for("@chatwire/errors.brands") as never;

interface Branded {
  readonly [brandsKey]?: readonly string[];
}

/** Records `brands` (most derived first) on an error instance, hidden from enumeration and JSON. */
export function setErrorBrands(error: object, brands: readonly string[]): void {
  Object.defineProperty(error, brandsKey, { value: Object.freeze([...brands]), enumerable: false });
}

/** True when `value` is an error whose class, or one of its base classes, carries `brand`. */
export function hasErrorBrand(value: unknown, brand: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const brands = (value as Branded)[brandsKey];
  return Array.isArray(brands) && brands.includes(brand);
}
