/**
 * Polarity (SUPPORTING / CONTRASTING / MENTIONING) of a citing sentence, by the
 * inspectable rule set of issue 15: a cue (cues.ts) that passes the scope checks
 * (scope.ts) labels the sentence and names itself in `rule`; with none, the
 * sentence is MENTIONING. Confidences are measured precisions (calibration.ts).
 * Figures and the rules' documentation: docs/classifier.md.
 */
import type { ClassifierInput, PolarityPrediction } from '../types.js';
import { CLASS_CONFIDENCE, RULE_CONFIDENCE } from './calibration.js';
import { CUES, NEGATION_RULES, type CuePolarity, OBJECT_WINDOW } from './cues.js';
import { findMarkers, gap, type Span } from './markers.js';
import { judge } from './scope.js';

export const POLARITY_VERSION = 'polarity-rules@1';

interface Fired {
  rule: string;
  polarity: CuePolarity;
  at: Span;
}

/** Every rule that fires on the sentence, in CUES order. */
export function firedRules(input: ClassifierInput): Fired[] {
  const { text, section } = input;
  const markers = input.marker ? [input.marker] : findMarkers(text);
  const taken: Span[] = [];
  const fired: Fired[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => gap(t, at) === 0)) continue;
      taken.push(at);
      if (cue.object && !cue.object.test(text.slice(at.end, at.end + OBJECT_WINDOW))) continue;
      const verdict = judge({ text, section, cue: at, markers, strongAnchor: !!cue.strongAnchor });
      if (verdict === 'ok') fired.push({ rule: cue.id, polarity: cue.polarity, at });
      else if (verdict === 'negated' && cue.negated) {
        const polarity = NEGATION_RULES[cue.negated];
        if (polarity) fired.push({ rule: cue.negated, polarity, at });
      }
    }
  }
  return fired;
}

/**
 * The fired rule nearest the citation marker decides; on a tie, agreement wins,
 * because a wrong CONTRASTING does more harm than a wrong SUPPORTING.
 */
function decide(fired: Fired[], markers: Span[]): Fired | undefined {
  const distance = (f: Fired) =>
    markers.length === 0 ? 0 : Math.min(...markers.map((m) => gap(m, f.at)));
  return [...fired].sort(
    (a, b) =>
      distance(a) - distance(b) ||
      (a.polarity === b.polarity ? 0 : a.polarity === 'SUPPORTING' ? -1 : 1),
  )[0];
}

export function classifyPolarity(input: ClassifierInput): PolarityPrediction {
  const fired = firedRules(input);
  const best = decide(fired, input.marker ? [input.marker] : findMarkers(input.text));
  if (!best) {
    return {
      polarity: 'MENTIONING',
      confidence: CLASS_CONFIDENCE.MENTIONING,
      rule: null,
      version: POLARITY_VERSION,
    };
  }
  return {
    polarity: best.polarity,
    confidence: RULE_CONFIDENCE[best.rule] ?? CLASS_CONFIDENCE[best.polarity],
    rule: best.rule,
    version: POLARITY_VERSION,
  };
}
