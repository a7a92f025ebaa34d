/**
 * The scope checks that stand between a cue and a label: a cue counts only when
 * it relates the citing work's OWN findings to the cited work, near the
 * citation, unhedged, in a section that reports findings. Negation is read here
 * too: the caller flips or cancels the cue as cues.ts says. Each check is a
 * precompiled pattern so that a sentence costs a few regex scans.
 */
import type { Section } from '../../domain/vocabulary.js';
import { gap, type Span } from './markers.js';

/** Introduction and Methods cite for background and procedure, not to compare findings. */
export const BACKGROUND_SECTIONS: ReadonlySet<Section> = new Set(['INTRODUCTION', 'METHODS']);

/** A cue further than this from its citation marker speaks about something else. */
export const MAX_MARKER_GAP = 160;

/** The citing work speaking of itself. "Our previous study" is a (self-)cited work, not this one. */
const STRONG_ANCHOR =
  /\b(?:we|our|us|ours|herein|here we|this (?:study|work|paper|report|analysis|trial|survey|finding|result|observation|pattern|association|effect|estimate|agrees|is consistent|is in)|the (?:present|current) (?:study|work|results?|findings?|data|analysis|estimates?|observations?)|these (?:results|findings|data|observations|estimates|prevalences|values|rates|figures|effects|associations|patterns|changes|differences|experiments|analyses|numbers|proportions|frequencies)|in (?:our|this|the present) (?:study|sample|cohort|population|series|work|data(?:set)?))\b/i;
const SELF_CITED = /\bour (?:previous|earlier|prior|former|past|own previous) \w+/gi;
/** A callout of the citing work's own figure or table: weak evidence of an own result. */
const OWN_FIGURE = /\((?:[^()]*;\s*)?(?:see )?(?:Fig(?:ure)?s?\.?|Table)\s*S?\d/i;
/** "This agrees with", "These are consistent with": a demonstrative standing for the own result. */
const DEMONSTRATIVE_SUBJECT = /^\s*(?:this|these|both|that)\b\s+(?:\w+\s+){0,2}$/i;

/** Modal or tentative wording just before a cue: "may be consistent with", "to confirm whether". */
const HEDGE_BEFORE =
  /\b(?:may|might|could|would|should|possibly|perhaps|potentially|whether|if|(?<!able )to|seems? to|appears? to|remains? to be (?:seen|determined)|needed to|required to|needs? to)\s+(?:(?:also|further|be|not|fully|partly|directly|have|been|\w+ly)\s+){0,3}$/i;
const HEDGE_ANYWHERE =
  /\b(?:remains? to be (?:seen|determined|established)|further (?:studies|research|work|investigations?) (?:\w+ ){0,3}(?:needed|required|warranted))\b/i;

/** Negation just before a cue (within a few words). */
const NEGATION_BEFORE =
  /\b(?:not|no|never|neither|nor|hardly|cannot|without|n't)\s+(?:(?:\w+ly|entirely|fully|quite|necessarily|always|be|been|found|seen|seem|appear|to be|to)\s+){0,3}$/i;
const NEGATION_INSIDE = /^(?:not|no)\b/i;
/** A negated negative: "not inconsistent with", "not unlike": too hedged to label. */
const DOUBLE_NEGATIVE = /^(?:in|un|dis)/i;

export interface ScopeInput {
  text: string;
  section: Section;
  cue: Span;
  markers: Span[];
  strongAnchor: boolean;
}

export type ScopeVerdict = 'ok' | 'negated' | 'double-negated' | 'out-of-scope';

/** The clause the cue sits in: from the last ";" or sentence start to the next ";". */
function clauseAround(text: string, at: Span): Span {
  const before = text.lastIndexOf(';', at.start);
  const after = text.indexOf(';', at.end);
  return { start: before < 0 ? 0 : before + 1, end: after < 0 ? text.length : after };
}

/** "consistent with our previous finding": the comparison is of this work with the earlier one. */
const SELF_CITED_OBJECT =
  /^\s*(?:the |that |those |what )?(?:of )?our (?:previous|earlier|prior|former|past)\b/i;

function ownWorkIn(text: string, strongOnly: boolean): boolean {
  const own = text.replace(SELF_CITED, ' ');
  if (STRONG_ANCHOR.test(own)) return true;
  return !strongOnly && OWN_FIGURE.test(own);
}

/** Judges one cue occurrence. */
export function judge(input: ScopeInput): ScopeVerdict {
  const { text, section, cue, markers } = input;
  if (BACKGROUND_SECTIONS.has(section)) return 'out-of-scope';
  if (markers.length > 0 && Math.min(...markers.map((m) => gap(m, cue))) > MAX_MARKER_GAP) {
    return 'out-of-scope';
  }
  const before = text.slice(Math.max(0, cue.start - 60), cue.start);
  if (HEDGE_BEFORE.test(before) || HEDGE_ANYWHERE.test(text)) return 'out-of-scope';

  const clause = clauseAround(text, cue);
  const clauseText = text.slice(clause.start, clause.end);
  const lead = text.slice(clause.start, cue.start);
  const own =
    ownWorkIn(clauseText, input.strongAnchor) ||
    (!input.strongAnchor && DEMONSTRATIVE_SUBJECT.test(lead)) ||
    (!input.strongAnchor && section === 'RESULTS' && lead.trim() === '') ||
    SELF_CITED_OBJECT.test(text.slice(cue.end, cue.end + 40));
  if (!own) return 'out-of-scope';

  const cueText = text.slice(cue.start, cue.end);
  if (NEGATION_INSIDE.test(cueText) || NEGATION_BEFORE.test(before)) {
    return DOUBLE_NEGATIVE.test(cueText) ? 'double-negated' : 'negated';
  }
  return 'ok';
}
