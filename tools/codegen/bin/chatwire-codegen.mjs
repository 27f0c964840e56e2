#!/usr/bin/env node
// The generator is written in TypeScript; tsx compiles it on the fly so the tool needs no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
