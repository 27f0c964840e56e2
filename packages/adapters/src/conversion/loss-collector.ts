import { UnsupportedContentError } from "./adapter-errors.js";
import type { ConversionLoss, Converted, LossFallback } from "./conversion-loss.js";

/** Gathers the losses of one conversion and applies the strict policy once at the end. */
export class LossCollector {
  readonly losses: ConversionLoss[] = [];

  constructor(
    private readonly target: string,
    private readonly strict = false,
  ) {}

  add(field: string, reason: string, fallback: LossFallback): void {
    this.losses.push({ field, reason, fallback });
  }

  finish<T>(value: T): Converted<T> {
    if (this.strict && this.losses.length > 0) {
      throw new UnsupportedContentError(this.target, this.losses);
    }
    return { value, losses: this.losses };
  }
}
