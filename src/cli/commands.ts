import type { Command } from "./command.js";
import { parseCommand } from "./parse.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/** Every subcommand, in the order `communique --help` lists them. Add a command: one entry. */
export const COMMANDS: readonly Command[] = [parseCommand, validateCommand, schemaCommand];
