/**
 * The polarity rules on sentences written for this test (no article text): each
 * rule fires on its positive case and stays silent on the negated, hedged,
 * background-section and cited-work-only variants; MENTIONING is the default.
 */
import { describe, expect, it } from 'vitest';
import { classifyPolarity, POLARITY_VERSION } from '../../../src/classifier/polarity/index.js';
import type { Section } from '../../../src/domain/vocabulary.js';

const run = (text: string, section: Section = 'DISCUSSION') => classifyPolarity({ text, section });

describe('classifyPolarity', () => {
  const positives: [string, string, 'SUPPORTING' | 'CONTRASTING', Section?][] = [
    [
      'agree.consistent-with',
      'Our survival estimates are consistent with those of the earlier cohort [4].',
      'SUPPORTING',
    ],
    [
      'agree.in-line-with',
      'In line with previous reports [7], we found that dosing twice daily halved relapse.',
      'SUPPORTING',
    ],
    [
      'agree.agreement',
      'These results are in agreement with the trial by Okafor et al. [9].',
      'SUPPORTING',
    ],
    [
      'agree.confirm',
      'Our data confirm the earlier observation of a dose effect [3].',
      'SUPPORTING',
    ],
    [
      'agree.replicate',
      'We replicated the finding of a sex difference reported by Lund [11].',
      'SUPPORTING',
    ],
    [
      'agree.similar',
      'The remission rate we observed was similar to that reported in a Danish registry [6].',
      'SUPPORTING',
    ],
    [
      'agree.as-previously',
      'Relapse was more frequent in the placebo arm (Figure 2), as previously reported [5].',
      'SUPPORTING',
      'RESULTS',
    ],
    ['agree.as-expected', 'As expected [8], the older group slept less.', 'SUPPORTING', 'RESULTS'],
    [
      'agree.supports',
      'Our findings support the hypothesis that sleep loss precedes mania [2].',
      'SUPPORTING',
    ],
    [
      'contrast.in-contrast',
      'In contrast to previous studies [12], we found no effect of age.',
      'CONTRASTING',
    ],
    [
      'contrast.inconsistent',
      'Our results are inconsistent with the model of Brandt et al. [13].',
      'CONTRASTING',
    ],
    [
      'contrast.not-replicated',
      'We failed to replicate the findings of the pilot trial [14].',
      'CONTRASTING',
    ],
    [
      'contrast.did-not-find',
      'We did not find the interaction previously reported by Ito [15].',
      'CONTRASTING',
    ],
    [
      'contrast.differ',
      'Our estimates differ from those of the national survey [16].',
      'CONTRASTING',
    ],
    [
      'contrast.comparative',
      'These rates are lower than the 40% reported in Kenya [17].',
      'CONTRASTING',
    ],
    [
      'contrast.whereas',
      'We saw no change in weight, whereas Park et al. [18] reported a gain of 3 kg.',
      'CONTRASTING',
    ],
    [
      'contrast.negated-agreement',
      'Our results are not consistent with the earlier trial [19].',
      'CONTRASTING',
    ],
    [
      'agree.no-difference',
      'Our prevalence did not differ from that of the earlier survey [20].',
      'SUPPORTING',
    ],
  ];

  it.each(positives)(
    '%s fires on its positive case and is recorded',
    (rule, text, polarity, section) => {
      const p = run(text, section);
      expect(p).toMatchObject({ polarity, rule, version: POLARITY_VERSION });
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    },
  );

  const mentioning: [string, string, Section?][] = [
    ['hedged', 'Our results may be consistent with those of the earlier cohort [4].'],
    [
      'purpose, not result',
      'To confirm the earlier observation of a dose effect [3], we repeated the assay.',
    ],
    [
      'background section',
      'Our survival estimates are consistent with those of the earlier cohort [4].',
      'INTRODUCTION',
    ],
    ['methods section', 'Samples were prepared as previously described [21].', 'METHODS'],
    [
      'cited work only',
      'Smith et al. found no difference between the arms, in contrast to earlier trials [22].',
    ],
    ['cited work only (agreement)', 'The Oslo trial was consistent with the earlier cohort [4].'],
    ['contrast of things, not findings', 'In contrast, M2 cells protect neurons [23].'],
    ['double negation', 'Our results are not inconsistent with the earlier trial [19].'],
    [
      'cue far from the marker',
      `Our estimates are consistent with those of the earlier cohort, ${'and the pattern held in every age band and in every region we examined over the ten years of follow-up, '.repeat(2)}as the registry shows [4].`,
    ],
    [
      'method in results',
      'Samples were purified as described [24] and stored at -80 °C.',
      'RESULTS',
    ],
    ['reproduced figure', 'Reproduced with permission from [25].', 'OTHER'],
    ['no cue at all', 'Depression affects about 5% of adults worldwide [26].'],
  ];

  it.each(mentioning)('stays MENTIONING with no rule when %s', (_why, text, section) => {
    const p = run(text, section);
    expect(p).toMatchObject({ polarity: 'MENTIONING', rule: null, version: POLARITY_VERSION });
  });

  it('reads distance from the given marker when the caller knows it', () => {
    const text =
      'Our estimates are consistent with those of the cohort study [4], unlike many others [30].';
    const at = text.indexOf('[4]');
    expect(run(text).polarity).toBe('SUPPORTING');
    const near = classifyPolarity({
      text,
      section: 'DISCUSSION',
      marker: { start: at, end: at + 3 },
    });
    expect(near.rule).toBe('agree.consistent-with');
  });
});
