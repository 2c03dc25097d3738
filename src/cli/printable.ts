// Control characters (C0 but tab, DEL, C1), line and paragraph separators and the bidi
// controls: written raw to a terminal, bytes from bad input could move the cursor, change
// colours, hide text or reorder a line.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the data made safe to print in one line of a terminal or a CI log: each control
 * character becomes a visible escape (`\n`, `\r`, `\u001b`...); everything else is kept.
 *
 * @example
 * ```ts
 * printable("bad\u001b[2Jline\n"); // "bad\\u001b[2Jline\\n"
 * ```
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
