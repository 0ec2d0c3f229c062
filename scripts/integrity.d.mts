export interface IntegrityPage {
  id: string;
  path: string;
}
export interface IntegrityResult {
  id: string;
  state: string;
  newErrors: string[];
  bareErrors: number;
  restore: "exact" | "exact since settled" | "differs" | "changes itself" | "navigated";
  pageChanges: number;
  difference?: Record<string, unknown>;
}
export const EVAL_PAGES: string;
export function listPages(dir: string, every?: number): IntegrityPage[];
export function checkPages(dir: string, pages: IntegrityPage[], opts?: { log?: (r: IntegrityResult) => void }): Promise<IntegrityResult[]>;
