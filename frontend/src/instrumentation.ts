/**
 * Runs once when the server starts. A production server without its webhook secret refuses to
 * start: a default secret would be public (it is in this repository), so anyone could make the
 * site drop its caches at will.
 */
import { missingProductionSettings } from "@/lib/config";

export function register(): void {
  // `next build` loads this module too, and the secret is a runtime setting, not a build one.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = missingProductionSettings();
  if (!problem) return;
  console.error(`The visitor site cannot start: ${problem}`);
  // Next logs an error thrown here and serves anyway; only exiting keeps it from serving.
  if (process.env.NEXT_RUNTIME === "nodejs") process.exit(1);
  throw new Error(problem);
}
