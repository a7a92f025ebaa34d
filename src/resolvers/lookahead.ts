/**
 * Look-ahead into a resolver's own selection: whether a field of some name is asked for
 * anywhere below it (fragments and inline fragments followed). A resolver whose repository
 * can skip reading what no field will show (the evidence map's papers, whole) asks here.
 * Conservative by design: a name anywhere in the subtree counts, whatever its type.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** True when a field named in `names` is selected anywhere below the resolved field. */
export function selectsAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (names.has(s.name.value) || walk(s.selectionSet)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
