console.error("communique: the command-line tool is being built");process.exitCode = 2;
