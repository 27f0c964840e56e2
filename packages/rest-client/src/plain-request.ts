/**
 * Stands in for `Request` inside openapi-fetch (its documented `Request` option). Building a real
 * `Request` with a signal costs undici an extra AbortController, listener and finalizer per call,
 * and `fetch` then copies it once more; handing `fetch` the URL and init directly skips both.
 */
export class PlainRequest {
  readonly method: string;

  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.method = init.method ?? "GET";
  }
}

/** The `fetch` openapi-fetch calls: unpacks a `PlainRequest` into the standard two arguments. */
export function fetchPlainRequest(fetchImpl: typeof globalThis.fetch) {
  return (request: Request) => {
    const plain = request as unknown as PlainRequest;
    return fetchImpl(plain.url, plain.init);
  };
}
