#!/usr/bin/env node
// Entry of the `gloss` command: builds the CLI bundle (and the dataset) when missing or older than
// their sources, then runs it. esbuild takes well under a second, so a fresh clone needs no step.
import { ensureCliBundle } from "../scripts/lib/cli-bundle.mjs";

const { main } = await ensureCliBundle();
process.exitCode = await main(process.argv.slice(2));
