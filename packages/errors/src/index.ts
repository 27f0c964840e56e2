export {
  ChatwireError,
  type ChatwireErrorDetails,
  type ChatwireErrorJson,
  isChatwireError,
} from "./chatwire-error.js";
export { hasErrorBrand, setErrorBrands } from "./error-brand.js";
export { type ErrorKind, errorKinds, isTransient } from "./error-kind.js";
export {
  assertRedactableSecret,
  containsSecret,
  minFragmentLength,
  minSecretLength,
  redactedPlaceholder,
  redactSecrets,
} from "./redact-secrets.js";
export { safeCause } from "./safe-cause.js";
