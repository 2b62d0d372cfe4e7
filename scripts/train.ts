// `npm run train [-- --datasets DIR]`: rebuilds lib/analyzer/role-model.json from the datasets
// (../shared/datasets by default): the five sentence roles and focus, learned from all of
// asks-train and Parakweet's train sentences with their roles. Deterministic: folds come from a
// fixed seed and training starts from zero weights, so two runs write the same bytes.
// dev-asks and enron-asks are never trained on: `npm run eval` scores them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUTS, type RoleModel } from '../lib/analyzer/roles';
import { asksTrainPart, datasetsDirOrSay, emailGroup, parakweetRoles, PARTS, rowGroup, type Group } from './role-data';
import { DEFAULT_SETTINGS, trainRoleModel, type RoleSettings } from './train-roles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROLE_MODEL_FILE = resolve(ROOT, 'lib/analyzer/role-model.json');

/** Every training group: the five asks-train parts, then Parakweet's rows. */
export function trainingGroups(dir: string, parts: readonly string[] = PARTS): Group[] {
  return [
    ...parts.flatMap((p) => asksTrainPart(dir, p as (typeof PARTS)[number]).map(emailGroup)),
    ...parakweetRoles(dir).map(rowGroup),
  ];
}

/** The model file: one feature per line with its weights in OUTPUTS order, so a retrain diffs readably. */
export function roleModelJson(model: RoleModel): string {
  const weights = Object.entries(model.weights)
    .map(([f, w]) => `    ${JSON.stringify(f)}: [${w.join(', ')}]`)
    .join(',\n');
  return [
    '{',
    `  "version": ${model.version},`,
    `  "trainedOn": ${JSON.stringify(model.trainedOn)},`,
    `  "outputs": ${JSON.stringify(OUTPUTS)},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    `  "thresholds": ${JSON.stringify(model.thresholds)},`,
    ...(model.cueThresholds ? [`  "cueThresholds": ${JSON.stringify(model.cueThresholds)},`] : []),
    `  "weights": {\n${weights}\n  }`,
    '}',
    '',
  ].join('\n');
}

function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const p of PARTS) hash.update(readFileSync(resolve(dir, 'asks-train', `part-${p}.jsonl`)));
  hash.update(readFileSync(resolve(dir, 'parakweet-email-intent', 'train-roles.jsonl')));
  return hash.digest('hex').slice(0, 12);
}

export function describe(settings: RoleSettings, groups: readonly Group[], digest: string): string {
  const emails = groups.filter((g) => !g.real).length;
  return (
    `asks-train parts a-e (${emails} emails) + parakweet train-roles (${groups.length - emails} sentences), sha256 ${digest}; ` +
    `l2 ${settings.l2}, min count ${settings.minCount}, |w| >= ${settings.minWeight}, real share ${JSON.stringify(settings.realShare)}; ` +
    (settings.fixedThreshold !== undefined ? `threshold ${settings.fixedThreshold}` : 'thresholds by 3-fold CV')
  );
}

export function buildRoleModel(dir: string, settings: RoleSettings = DEFAULT_SETTINGS): RoleModel {
  const groups = trainingGroups(dir);
  return trainRoleModel(groups, settings, 3, describe(settings, groups, digestOf(dir)));
}

function main(argv: readonly string[]): number {
  const dir = datasetsDirOrSay(argv, 'train');
  if (dir === null) return 2;
  const started = performance.now();
  const model = buildRoleModel(dir);
  const json = roleModelJson(model);
  writeFileSync(ROLE_MODEL_FILE, json);
  process.stdout.write(
    `wrote ${ROLE_MODEL_FILE}: ${Object.keys(model.weights).length} features, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, ` +
      `thresholds ${JSON.stringify(model.thresholds)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
