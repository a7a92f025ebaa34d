/**
 * Limits against hostile queries: graphql-armor for depth, aliases,
 * directives and tokens; our own first/limit-weighted cost rule; string
 * argument lengths. Numbers are config (src/config.ts), defaults there.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../../config.js';
import { costLimitRule } from './cost.js';
import { stringLengthPlugin } from './string-length.js';

export function queryLimits(config: Config): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: config.limits.maxDirectives },
    maxTokens: { n: config.limits.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  }).protect();
  return {
    // graphql-armor's typings name Apollo's CommonJS build; the plugins are plain objects either way.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin[]),
      stringLengthPlugin(config.limits.maxStringLength),
    ],
    validationRules: [
      ...armor.validationRules,
      costLimitRule({
        maxCost: config.limits.maxCost,
        maxPageSize: config.maxPageSize,
        defaultPageSize: 20,
      }),
    ],
  };
}
