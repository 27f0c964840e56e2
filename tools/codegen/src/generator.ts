/** What every generator receives. */
export interface GenContext {
  /** Absolute path of the repository (or a copy of it) being generated. */
  readonly root: string;
}

/** One generator: the files it produces, keyed by repo-relative path. */
export interface Generator {
  readonly name: string;
  /** Directories whose whole content is generated (stale files there are removed). */
  readonly ownedDirs: readonly string[];
  run(ctx: GenContext): Promise<Map<string, string>> | Map<string, string>;
}
