/** How a converter dealt with something the target system cannot carry. */
export type LossFallback =
  /** Replaced by a readable text rendering that keeps names and URLs. */
  | "text-rendering"
  /** Carried in a nearby field with less precision or structure. */
  | "approximated"
  /** Left out; the original stays available in the source message's `raw`. */
  | "dropped";

/** One thing a conversion could not carry as is. Converters never drop anything without one. */
export interface ConversionLoss {
  /** Which part of the message: "content", "quote", "mentions", "buttons", "ext", "content.thumbnail", ... */
  field: string;
  /** Why, in a sentence a user can act on. */
  reason: string;
  fallback: LossFallback;
}

/** A converted value together with everything that did not fit. */
export interface Converted<T> {
  value: T;
  losses: ConversionLoss[];
}

/** Options every `to<System>` converter takes. */
export interface ToNativeOptions {
  /** Throw `UnsupportedContentError` instead of falling back when anything would be lost. */
  strict?: boolean;
}
