import { Command, Option } from "commander";
import { ROLES, type Role } from "../api/auth/tokens.js";
import { mintToken } from "../api/jwt.js";
import { loadConfig } from "../config/env.js";
import { runMain } from "./run-main.js";

const program = new Command("token")
  .description(
    "Print a JWT (HS256, signed with JWT_SECRET) that allows mutations; send it as 'Authorization: Bearer <token>'",
  )
  .addOption(
    new Option(
      "--role <role>",
      "viewer (read-only), editor (create/update/connect) or admin (also delete, bulk)",
    )
      .choices(ROLES)
      .default("editor"),
  )
  .option("--subject <name>", "the token's subject (who is writing)", "local-editor")
  .option("--expires-in <duration>", "lifetime, e.g. 30m, 8h, 7d", "8h")
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const options = program.opts<{ subject: string; expiresIn: string; role: Role }>();
  console.log(await mintToken(loadConfig().server.jwtSecret, options));
  return 0;
});
