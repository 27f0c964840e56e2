// The goals the packages are held to, one row each, filled in by the suites that measure them and
// printed once at the end of `pnpm bench`: what is measured, the figure of this run, the goal,
// and, when a goal is not met, how far off it is and what holds it back.

export interface GoalRow {
  readonly what: string;
  readonly today: string;
  readonly goal: string;
  readonly met: boolean;
  /** For a goal not met: the distance and what limits it. */
  readonly note?: string;
}

const rows: GoalRow[] = [];

export function reportGoal(row: GoalRow): void {
  rows.push(row);
}

/** Prints the rows reported so far (nothing when the suites run reported none). */
export function printGoalTable(): void {
  if (rows.length === 0) return;
  console.log("\n## goals\n");
  console.table(
    rows.map((row) => ({
      what: row.what,
      today: row.today,
      goal: row.goal,
      met: row.met ? "yes" : "no",
      ...(row.note === undefined ? {} : { "what limits it": row.note }),
    })),
  );
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;
