#!/usr/bin/env node
// Entry point. Node 20 cannot load TypeScript by itself, so the CLI registers
// tsx's loader first and then imports the TypeScript sources as they are.
import { register } from "tsx/esm/api";

register();
globalThis[Symbol.for("samling.typescript-loader")] = true;
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
