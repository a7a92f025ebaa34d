/**
 * A validation rule that bounds the work an operation can ask for: every
 * field costs 1, multiplied by the sizes of the lists above it. A paged field
 * counts as `first` (or `limit`) items — the maximum page size when the value
 * is a variable, since validation cannot see variables — and any other list
 * as LIST_WEIGHT items. graphql-armor's cost limit does not read arguments,
 * which is why this one is ours.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export interface CostOptions {
  maxCost: number;
  /** Page size assumed for `first`/`limit` given as a variable, or absent with no default. */
  maxPageSize: number;
  defaultPageSize: number;
}

const LIST_WEIGHT = 10;
const PAGING_ARGS = ['first', 'limit'];

function pageSize(
  field: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  o: CostOptions,
): number | null {
  for (const name of PAGING_ARGS) {
    const argDef = def?.args.find((a) => a.name === name);
    if (!argDef) continue;
    const node = field.arguments?.find((a) => a.name.value === name);
    if (!node)
      return typeof argDef.defaultValue === 'number' ? argDef.defaultValue : o.defaultPageSize;
    // Over-size pages are refused by the resolver with BAD_USER_INPUT; here they cost the maximum.
    if (node.value.kind === Kind.INT)
      return Math.min(Math.max(0, Number(node.value.value)), o.maxPageSize);
    return o.maxPageSize;
  }
  return null;
}

function fieldsOf(
  type: GraphQLOutputType,
  schema: GraphQLSchema,
): Map<string, GraphQLField<unknown, unknown>> {
  const named = getNamedType(type);
  const out = new Map<string, GraphQLField<unknown, unknown>>();
  const add = (
    t: GraphQLObjectType | { getFields(): Record<string, GraphQLField<unknown, unknown>> },
  ) => {
    for (const [k, v] of Object.entries(t.getFields())) if (!out.has(k)) out.set(k, v);
  };
  if (isObjectType(named) || isInterfaceType(named)) add(named);
  if (isUnionType(named)) for (const t of named.getTypes()) add(t);
  if (isInterfaceType(named)) for (const t of schema.getPossibleTypes(named)) add(t);
  return out;
}

/** The cost of a selection set under `parentType`, each field multiplied by `multiplier`. */
function selectionCost(
  set: SelectionSetNode,
  parentFields: Map<string, GraphQLField<unknown, unknown>>,
  multiplier: number,
  ctx: {
    schema: GraphQLSchema;
    fragments: Map<string, FragmentDefinitionNode>;
    options: CostOptions;
    seen: Set<string>;
  },
  underPage = false,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      total += multiplier;
      if (!sel.selectionSet) continue;
      const def = parentFields.get(sel.name.value);
      const paged = pageSize(sel, def, ctx.options);
      const isList = def ? isListType(getNullableType(def.type)) : false;
      // The lists right under a paged field (a connection's edges, a network's
      // nodes and edges) hold that page: their size is already in the multiplier.
      const factor = paged ?? (isList && !underPage ? LIST_WEIGHT : 1);
      total += def
        ? selectionCost(
            sel.selectionSet,
            fieldsOf(def.type, ctx.schema),
            multiplier * Math.max(factor, 1),
            ctx,
            paged !== null,
          )
        : 0;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const typeName = sel.typeCondition?.name.value;
      const t = typeName ? ctx.schema.getType(typeName) : null;
      const fields =
        t && (isObjectType(t) || isInterfaceType(t)) ? fieldsOf(t, ctx.schema) : parentFields;
      total += selectionCost(sel.selectionSet, fields, multiplier, ctx, underPage);
    } else {
      const frag = ctx.fragments.get(sel.name.value);
      if (!frag || ctx.seen.has(frag.name.value)) continue;
      ctx.seen.add(frag.name.value);
      const t = ctx.schema.getType(frag.typeCondition.name.value);
      const fields =
        t && (isObjectType(t) || isInterfaceType(t)) ? fieldsOf(t, ctx.schema) : parentFields;
      total += selectionCost(frag.selectionSet, fields, multiplier, ctx, underPage);
      ctx.seen.delete(frag.name.value);
    }
    if (total > ctx.options.maxCost * 1000) return total; // far over: stop counting
  }
  return total;
}

/** Validation rule refusing operations whose estimated cost exceeds `maxCost`. */
export function costLimitRule(options: CostOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      if (!root) return;
      const fragments = new Map(
        context
          .getDocument()
          .definitions.flatMap((d) =>
            d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
          ),
      );
      const cost = selectionCost(operation.selectionSet, fieldsOf(root, schema), 1, {
        schema,
        fragments,
        options,
        seen: new Set(),
      });
      if (cost > options.maxCost) {
        context.reportError(
          new GraphQLError(
            `Query cost ${cost > options.maxCost * 1000 ? `over ${options.maxCost * 1000}` : cost} exceeds the limit of ${options.maxCost}; ask for smaller pages (first/limit) or fewer nested lists.`,
            {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: options.maxCost },
            },
          ),
        );
      }
    },
  });
}
