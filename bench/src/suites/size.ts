// Gzipped browser bundle sizes of the entries in src/size, with their CI budgets and goals.
import { reportSizes } from "../size/check.js";

export async function run(): Promise<void> {
  await reportSizes();
}
