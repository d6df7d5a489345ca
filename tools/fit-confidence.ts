/**
 * `npm run fit:confidence [-- --write]`: fits the confidence model on PolNeAR
 * train and prints how well it ranks and is calibrated on train and dev.
 * With --write, stores the weights in lib/attribution/rules/confidence.json.
 *
 * What it predicts: that an attribution is right and so is its tier — its cue
 * overlaps a gold cue whose attribution has a silver tier (data/<split>/
 * tiers.json) and the tiers agree. Predictions matched to gold with no
 * silver tier cannot say whether their tier is right and are left out, as
 * polnear-trust leaves them out of its joint calibration (ece-joint). A logistic regression with L2,
 * over the features `confidenceFeatures` reads; features seen fewer than
 * MIN_COUNT times in train get no weight, so a rare word cannot carry one. `--cv` prints out-of-fold figures
 * on train for a grid of those two settings (several minutes): how they were chosen without looking at dev.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { analyzeText } from "../lib/attribution";
import { featuresOfAll, fitted } from "../lib/attribution/resolve/confidence";
import { readArticleFile } from "./article-file";
import { loadGold, matchCues } from "./rule-table";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = join(ROOT, "../shared/polnear/data");
const MODEL_FILE = join(ROOT, "lib/attribution/rules/confidence.json");
const MIN_COUNT = 20;
const L2 = 1e-3;

interface Example {
  features: string[];
  /** The attribution and its tier are right; null when its gold attribution has no silver tier to check. */
  right: boolean | null;
  /** The cue alone matched a gold cue (what polnear-trust's AUROC and ECE score). */
  cueRight: boolean;
  /** Which article it came from: cross-validation folds keep an article's examples together. */
  article: number;
}

/** Every counted prediction of a split, with its features and whether it and its tier are right. */
export function examplesOf(split: string): Example[] {
  const dir = join(CORPUS, split);
  const silver: Record<string, Array<{ cue: [number, number]; tier: string }>> = JSON.parse(
    readFileSync(join(dir, "tiers.json"), "utf8"),
  );
  return loadGold(dir).flatMap(({ file, gold }, article) => {
    const all = analyzeText(readArticleFile(file).text).attributions;
    const features = featuresOfAll(all);
    const tiers = new Map((silver[basename(file)] ?? []).map((s) => [`${s.cue[0]}:${s.cue[1]}`, s.tier]));
    const m = matchCues(gold, all);
    return m.counted.flatMap((i, k) => {
      if (!fitted(all[i])) return [];
      const golds = m.foundBy.flatMap((by, g) => (by.includes(k) ? [gold.cues[g]] : []));
      const tier = golds.map((g) => tiers.get(`${g.start}:${g.end}`)).find((t) => t !== undefined);
      const right = golds.length === 0 ? false : tier === undefined ? null : tier === all[i].tier;
      return [{ features: features[i], right, cueRight: golds.length > 0, article }];
    });
  });
}

/** Full-batch gradient descent on the L2-regularised log loss; returns the bias and a weight per feature. */
function fit(examples: Example[], names: string[], l2: number): { bias: number; weights: Float64Array } {
  const index = new Map(names.map((n, k) => [n, k]));
  const rows = examples.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const w = new Float64Array(names.length);
  let bias = 0;
  const rate = 0.5;
  for (let step = 0; step < 3000; step++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    examples.forEach((e, k) => {
      let z = bias;
      for (const j of rows[k]) z += w[j];
      const err = 1 / (1 + Math.exp(-z)) - (e.right ? 1 : 0);
      gradBias += err;
      for (const j of rows[k]) grad[j] += err;
    });
    bias -= (rate * gradBias) / examples.length;
    for (let j = 0; j < w.length; j++) w[j] -= rate * (grad[j] / examples.length + l2 * w[j]);
  }
  return { bias, weights: w };
}

/** AUROC (ties count half) and expected calibration error over ten equal-width bins. */
function scores(p: number[], y: boolean[]): { auroc: number; ece: number } {
  const pos = p.filter((_, k) => y[k]);
  const neg = p.filter((_, k) => !y[k]);
  let wins = 0;
  const sortedNeg = [...neg].sort((a, b) => a - b);
  for (const x of pos) {
    let lo = 0;
    while (lo < sortedNeg.length && sortedNeg[lo] < x) lo++;
    let eq = lo;
    while (eq < sortedNeg.length && sortedNeg[eq] === x) eq++;
    wins += lo + (eq - lo) / 2;
  }
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, conf: 0 }));
  p.forEach((x, k) => {
    const b = bins[Math.min(9, Math.floor(x * 10))];
    b.n++;
    b.conf += x;
    b.right += y[k] ? 1 : 0;
  });
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / p.length) * Math.abs(b.conf / b.n - b.right / b.n) : 0), 0);
  return { auroc: pos.length && neg.length ? wins / (pos.length * neg.length) : NaN, ece };
}

/**
 * The ECE a perfectly calibrated model would still read on these confidences, from chance alone: outcomes drawn
 * with exactly the predicted probabilities (a fixed seed), median of 200 draws. A gap between the two figures
 * below this is noise.
 */
function chanceEce(p: number[]): number {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const draws = Array.from({ length: 200 }, () =>
    scores(
      p,
      p.map((x) => random() < x),
    ),
  ).map((s) => s.ece);
  return draws.sort((a, b) => a - b)[100];
}

function report(label: string, examples: Example[], predict: (f: string[]) => number): void {
  const p = examples.map((e) => Math.round(predict(e.features) * 100) / 100);
  const joint = scores(
    p,
    examples.map((e) => e.right === true),
  );
  const cue = scores(
    p,
    examples.map((e) => e.cueRight),
  );
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${label}: n=${examples.length} attribution+tier right AUROC ${f(joint.auroc)} ECE ${f(joint.ece)} ` +
      `(chance alone ${f(chanceEce(p))}); cue right AUROC ${f(cue.auroc)} ECE ${f(cue.ece)}`,
  );
}

interface Model {
  bias: number;
  weights: Record<string, number>;
}

/** The model fitted on these examples: features seen `minCount`+ times get a weight, rounded as stored. */
function trainModel(examples: Example[], minCount: number, l2: number): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const { bias, weights } = fit(examples, names, l2);
  return {
    bias: Math.round(bias * 1000) / 1000,
    weights: Object.fromEntries(
      names.flatMap((n, j) => (Math.abs(weights[j]) >= 0.01 ? [[n, Math.round(weights[j] * 1000) / 1000]] : [])),
    ),
  };
}

const predictor = (m: Model) => (f: string[]) =>
  1 / (1 + Math.exp(-f.reduce((z, x) => z + (m.weights[x] ?? 0), m.bias)));

/**
 * Out-of-fold figures on train for each setting (folds by article, so an article never helps predict itself):
 * how the settings were chosen without looking at dev.
 */
function crossValidate(train: Example[]): void {
  const FOLDS = 5;
  for (const minCount of [10, 20, 40, 80])
    for (const l2 of [1e-4, 1e-3, 3e-3, 1e-2]) {
      const p = new Array<number>(train.length);
      for (let fold = 0; fold < FOLDS; fold++) {
        const predict = predictor(
          trainModel(
            train.filter((e) => e.article % FOLDS !== fold),
            minCount,
            l2,
          ),
        );
        train.forEach((e, k) => {
          if (e.article % FOLDS === fold) p[k] = Math.round(predict(e.features) * 100) / 100;
        });
      }
      const y = train.map((e) => e.right === true);
      const logLoss = -p.reduce((s, x, k) => s + Math.log(Math.min(0.999, Math.max(0.001, y[k] ? x : 1 - x))), 0);
      const { auroc, ece } = scores(p, y);
      console.log(
        `min-count ${minCount} L2 ${l2}: log loss ${(logLoss / p.length).toFixed(4)} ` +
          `AUROC ${auroc.toFixed(3)} ECE ${ece.toFixed(3)}`,
      );
    }
}

function main(): number {
  if (!existsSync(join(CORPUS, "train"))) {
    console.log(`fit:confidence: PolNeAR is not at ${CORPUS}; nothing to fit.`);
    return 1;
  }
  const known = (e: Example) => e.right !== null;
  const train = examplesOf("train").filter(known);
  if (process.argv.includes("--cv")) {
    crossValidate(train);
    return 0;
  }
  const dev = examplesOf("dev").filter(known);
  const model = trainModel(train, MIN_COUNT, L2);
  const predict = predictor(model);
  console.log(`${Object.keys(model.weights).length} features weighed (seen ${MIN_COUNT}+ times in train)`);
  report("train", train, predict);
  report("dev  ", dev, predict);
  if (process.argv.includes("--write")) {
    const table = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
    table.model = model;
    writeFileSync(MODEL_FILE, `${JSON.stringify(table, null, 1)}\n`);
    console.log(`written to ${MODEL_FILE}`);
  }
  return 0;
}

process.exitCode = main();
