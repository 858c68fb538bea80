/** What features need from the NGSI-LD client to read a whole entity type. */
export interface EntityQueryClient {
  queryEntities(args: {
    type: string;
    q?: string;
    attrs?: readonly string[];
    options?: 'normalized' | 'keyValues' | 'concise';
    signal?: AbortSignal;
  }): Promise<{ entities: unknown[]; duplicateIds: number; truncated: boolean }>;
}
