// The labelled datasets live beside the project (../shared/datasets), not in it: tests that need
// them run when they are there (CI has them) and skip otherwise, saying why in one line.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATASETS_DIR = resolve('..', 'shared', 'datasets');
export const hasDatasets = existsSync(resolve(DATASETS_DIR, 'asks-train'));
export const NO_DATASETS = `skipped: no labelled datasets at ${DATASETS_DIR}`;
