/** Types for scripts/engines-note.mjs (run by plain Node after npm ci, tested from TypeScript). */
export function engineNote(input: { userAgent: string; scriptNode: string; required: string }): {
  exitCode: number;
  lines: string[];
};
