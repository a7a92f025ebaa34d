/**
 * Typed errors of the meta-analysis code. All three are caller errors about the
 * data given (the API maps them to BAD_USER_INPUT), never internal failures.
 */

/** A finding cannot be turned into an effect size; `field` names the offending input field. */
export class EffectSizeError extends Error {
  override readonly name = 'EffectSizeError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The studies handed to `pool` cannot be pooled (none given, or a bad yi/vi); `index` is the study's position when one is at fault. */
export class PoolingError extends Error {
  override readonly name = 'PoolingError';
  constructor(
    message: string,
    readonly index: number | null = null,
  ) {
    super(message);
  }
}

/** The REML estimate of tau² did not converge within the allowed iterations. */
export class ConvergenceError extends Error {
  override readonly name = 'ConvergenceError';
  constructor(
    readonly iterations: number,
    readonly lastChange: number,
  ) {
    super(
      `REML estimate of tau^2 did not converge after ${iterations} iterations (last change ${lastChange})`,
    );
  }
}
