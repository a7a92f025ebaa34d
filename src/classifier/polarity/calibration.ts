/**
 * The confidence each polarity rule reports: its precision measured on the dev
 * split of eval/polarity/labels.jsonl by `npm run eval:polarity -- --calibrate`,
 * smoothed towards its class (SUPPORTING rules, CONTRASTING rules) so that a rule
 * seen a few times does not claim certainty. MENTIONING reports that class's
 * measured precision. Regenerate whenever a cue or scope rule changes.
 */

/** Confidence of a fired rule, by rule id. */
export const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'agree.agreement': 0.976,
  'agree.as-expected': 0.952,
  'agree.as-previously': 0.971,
  'agree.consistent-with': 0.964,
  'agree.in-line-with': 0.964,
  'contrast.comparative': 0.778,
};

/** Fallbacks for a rule the dev split never saw fire: its class's smoothed precision. */
export const CLASS_CONFIDENCE = {
  SUPPORTING: 0.929,
  CONTRASTING: 0.667,
  MENTIONING: 0.993,
} as const;
