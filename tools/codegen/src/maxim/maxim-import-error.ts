/** A defect of the vendor document that no declared fix handles; the import stops on it. */
export class MaximImportError extends Error {
  override readonly name = "MaximImportError";
  constructor(
    /** Short name of the kind of problem, e.g. `dangling-ref`. */
    readonly defect: string,
    message: string,
  ) {
    super(`${defect}: ${message}`);
  }
}
