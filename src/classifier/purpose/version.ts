/**
 * The purpose model's version: written into the weights file by the training
 * script and stamped on every label the model makes (`classifier@<version>` in a
 * statement's sources). Bump it whenever the weights or the features change.
 */
export const PURPOSE_VERSION = 'purpose-lr@1';
