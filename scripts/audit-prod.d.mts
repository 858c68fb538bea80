/** Types for scripts/audit-prod.mjs (run by plain Node, tested from TypeScript). */
export interface AuditVerdict {
  exitCode: number;
  out: string[];
  err: string[];
}
export function auditVerdict(
  run: { stdout: string; stderr: string },
  options: { required: boolean },
): AuditVerdict;
