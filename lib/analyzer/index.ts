// The analyzer's public types. analyze() itself is in lib/analyze.ts, above the checks.
export * from './types';
export type { Draft } from './sentence';
