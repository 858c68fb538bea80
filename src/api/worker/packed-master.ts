import type { FeedTypes } from './feeds';
import type { MasterName } from './master-feeds';
import type { KeptMaster, MasterAnswer, MasterResult } from './run-master';
import { fromColumns, type DesignationColumns } from './designation-columns';

/**
 * A master set as it crosses to the page and is kept: its designations as columns
 * (designation-columns.ts), everything else as read.
 */
export interface PackedMaster extends Omit<MasterResult<never>, 'items'> {
  columns: DesignationColumns;
}
export type PackedAnswer =
  { kind: 'fresh'; data: PackedMaster } | { kind: 'unchanged'; fingerprint: string };
export interface KeptPacked {
  data: PackedMaster;
  savedAt: number;
}

/** Names the form a kept set is stored in: a set kept in another form is not offered. */
export const PACKED_FORM = 'designation-columns/2';

/** A packed set back as designations (on the page; the columns came from feed `N`). */
export function unpackMaster<N extends MasterName>({
  columns,
  ...rest
}: PackedMaster): MasterResult<FeedTypes[N]> {
  return { ...rest, items: fromColumns(columns) as FeedTypes[N][] };
}

export function unpackAnswer<N extends MasterName>(
  answer: PackedAnswer,
): MasterAnswer<FeedTypes[N]> {
  return answer.kind === 'fresh' ? { kind: 'fresh', data: unpackMaster<N>(answer.data) } : answer;
}

export function unpackKept<N extends MasterName>(
  kept: KeptPacked | null,
): KeptMaster<FeedTypes[N]> | null {
  return kept && { data: unpackMaster<N>(kept.data), savedAt: kept.savedAt };
}
