/**
 * The cue lexicons of the polarity rules, written by us (issue 15). Each cue is
 * one rule: an id the prediction records, the polarity it asserts, and the
 * phrase that triggers it. A cue alone never decides: scope.ts checks that it
 * relates the citing work's own findings to the cited work. Changing anything
 * here changes POLARITY_VERSION and needs the evaluation rerun (docs/classifier.md).
 */

export type CuePolarity = 'SUPPORTING' | 'CONTRASTING';

export interface Cue {
  id: string;
  polarity: CuePolarity;
  /** Global, case-insensitive; compiled once. */
  re: RegExp;
  /**
   * What must follow the cue within OBJECT_WINDOW characters: the thing compared
   * has to be findings or a cited work, not a molecule or a method.
   */
  object?: RegExp;
  /** Only "we / our / this study / these results" count as own work, not a figure callout. */
  strongAnchor?: boolean;
  /** Reading of the cue under negation: the opposite polarity's rule id, or null to cancel. */
  negated: string | null;
}

export const OBJECT_WINDOW = 70;

/** Something that is findings or a cited work. */
const FINDINGS =
  /\b(?:(?:previous|earlier|prior|recent|other|published|past)\b|(?:reports?|studies|study|findings?|results?|observations?|data|work|literature|analys[ie]s|estimates?|values?|rates?|prevalences?|those|that (?:of|in|by|reported|found|observed)|what (?:was|has been|had been|is) (?:reported|found|observed|described|shown))\b|et al\b|\[\s*\d|\([A-Z][\p{L}'’-]+)/u;

/** Clause text: anything but a full stop or semicolon; decimals ("33.5%") and "et al." allowed. */
const cue = (
  id: string,
  polarity: CuePolarity,
  source: string,
  extra: Partial<Pick<Cue, 'object' | 'strongAnchor' | 'negated'>> = {},
): Cue => ({ id, polarity, re: new RegExp(source, 'giu'), negated: null, ...extra });

/** Contrasting cues come first: their spans hide agreement cues inside them ("failed to confirm"). */
export const CUES: readonly Cue[] = [
  cue(
    'contrast.not-replicated',
    'CONTRASTING',
    String.raw`\b(?:fail(?:s|ed)? to|could not|cannot|can ?not|(?:were|was) (?:not )?unable to|did not|do not|does not)\s+(?:fully\s+)?(?:replicate|reproduce|confirm|corroborate|support)\b`,
    { strongAnchor: true, object: FINDINGS },
  ),
  cue(
    'contrast.did-not-find',
    'CONTRASTING',
    String.raw`\b(?:we|this study|the present study|our (?:study|data|analysis|analyses|results))\s+(?:did not|could not|failed to|were unable to)\s+(?:find|observe|detect|see)\b(?=(?:[^.;]|\.(?=\d)|(?<=\bal)\.){0,160}\b(?:reported|previous(?:ly)?|described|earlier|prior|other (?:studies|authors)|others|as in|unlike|in contrast)\b)`,
  ),
  cue(
    'contrast.in-contrast',
    'CONTRASTING',
    String.raw`\b(?:in contrast (?:to|with)|by contrast (?:to|with)|contrary to|as opposed to|unlike|contrasts? (?:sharply )?with)\b(?!\s+(?:our|my|the authors'?)\s+(?:expectations?|hypothes[ie]s|predictions?))`,
    { strongAnchor: true, object: FINDINGS },
  ),
  cue(
    'contrast.inconsistent',
    'CONTRASTING',
    String.raw`\b(?:inconsistent|incompatible|at odds|in disagreement|in conflict|discordant|discrepant|disagree(?:s|d)?|conflicts?|conflicting) with\b|\bcontradict(?:s|ed|ing|ory to)?\b`,
    { strongAnchor: true, negated: null },
  ),
  cue(
    'contrast.differ',
    'CONTRASTING',
    String.raw`\b(?:differ(?:s|ed)?|(?:are|is|was|were) (?:\w+ )?different|distinct) (?:markedly |substantially |significantly |somewhat |considerably )?(?:from|than|to)\b`,
    { strongAnchor: true, object: FINDINGS, negated: 'agree.no-difference' },
  ),
  cue(
    'contrast.comparative',
    'CONTRASTING',
    String.raw`\b(?:(?:slightly|considerably|much|substantially|significantly|markedly|somewhat|far|two-fold|threefold|twofold)\s+)?(?:lower|higher|greater|smaller|larger|fewer)\s+than\b(?=(?:[^.;]|\.(?=\d)|(?<=\bal)\.){0,140}\b(?:reported|found|observed|described|estimated|recorded|previous(?:ly)?|earlier|prior|other studies|et al)\b)`,
    { strongAnchor: true },
  ),
  cue(
    'contrast.whereas',
    'CONTRASTING',
    String.raw`\b(?:whereas|while)\b(?=(?:[^.;]|\.(?=\d)|(?<=\bal)\.){0,100}\b(?:reported|found|showed|observed|described|demonstrated)\b)(?=(?:[^.;]|\.(?=\d)|(?<=\bal)\.){0,60}(?:et al|previous|earlier|prior|others|other (?:studies|authors)|\[\s*\d|\([A-Z]))`,
    { strongAnchor: true },
  ),
  cue('agree.consistent-with', 'SUPPORTING', String.raw`\b(?:consistent|congruent) with\b`, {
    negated: 'contrast.negated-agreement',
  }),
  cue('agree.in-line-with', 'SUPPORTING', String.raw`\bin (?:line|keeping) with\b`, {
    negated: 'contrast.negated-agreement',
  }),
  cue(
    'agree.agreement',
    'SUPPORTING',
    String.raw`\b(?:in (?:good |close |full |general |broad |excellent )?(?:agreement|accord) with|agree(?:s|d)? (?:well |closely )?with|accords? with|concur(?:s|red)? with|in accordance with (?=(?:previous|earlier|prior|recent|the (?:results?|findings?|observations?|data)|those|what|reports?|studies|findings|\[\s*\d|[A-Z][\p{L}-]+ et al)))`,
    { negated: 'contrast.negated-agreement' },
  ),
  cue(
    'agree.confirm',
    'SUPPORTING',
    String.raw`\b(?<!(?:is|are|was|were|be|been|being) )(?:confirm(?:s|ed|ing)?|corroborat(?:e|es|ed|ing)|validat(?:e|es|ed|ing))\b(?!\s+(?:by|using|with|in|through|via)\b)`,
    { object: FINDINGS, negated: 'contrast.negated-agreement' },
  ),
  cue(
    'agree.replicate',
    'SUPPORTING',
    String.raw`\b(?<!(?:is|are|was|were|be|been|being) )(?:replicat(?:e|es|ed|ing)|reproduc(?:e|es|ed|ing))\b(?!\s+(?:with permission|from|by|using|with|in)\b)`,
    { object: FINDINGS, strongAnchor: true, negated: 'contrast.negated-agreement' },
  ),
  cue(
    'agree.similar',
    'SUPPORTING',
    String.raw`\b(?:(?:similar|comparable|identical|analogous) (?:to|with) (?:those|that|what|the (?:results?|findings?|values?|observations?|data|rates?|prevalences?|estimates?|ones?|pattern|trend)|previous|earlier|prior|published|reported|\[\s*\d)|(?:similar|comparable|the same|a similar|same) (?:\w+ ){0,3}(?:was|were|has been|have been|had been) (?:previously |also |recently )?(?:reported|observed|found|described|shown|seen|noted))\b`,
    { negated: 'contrast.negated-agreement' },
  ),
  cue(
    'agree.as-previously',
    'SUPPORTING',
    String.raw`\bas (?:(?:was|has been|had been|were|have been) )?(?:previously |earlier |already |recently |also )(?:reported|described|shown|observed|found|demonstrated|seen|noted)\b|\bas (?:reported|described|shown|observed|found|demonstrated|seen|noted) (?:previously|before|earlier|elsewhere|by|in)\b`,
  ),
  cue('agree.as-expected', 'SUPPORTING', String.raw`\bas (?:expected|predicted|anticipated)\b`),
  cue(
    'agree.supports',
    'SUPPORTING',
    String.raw`\b(?<!(?:is|are|was|were|be|been|being) )(?:support(?:s|ed|ing)?|lends? (?:further )?support to|in support of|reinforc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?)\b(?!\s+(?:by|using|with)\b)`,
    {
      strongAnchor: true,
      object:
        /\b(?:hypothes[ie]s|model|notion|idea|view|concept|proposal|conclusion|findings?|results?|observations?|reports?|previous|earlier|prior|role|theory|suggestion|mechanism)\b/,
      negated: 'contrast.negated-agreement',
    },
  ),
];

/** Rule ids a negated cue can turn into; they carry the negated cue's scope checks. */
export const NEGATION_RULES: Record<string, CuePolarity> = {
  'contrast.negated-agreement': 'CONTRASTING',
  'agree.no-difference': 'SUPPORTING',
};
