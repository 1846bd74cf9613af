import { Inject, Injectable } from '@nestjs/common';

/**
 * The DataLoaders of one GraphQL request, one property per relation a resolver follows. Each
 * feature declares its own loaders here by interface merging (`declare module` in its
 * `<feature>.loaders.ts`) and provides a LoaderSource that creates them; the composition module
 * beside app.module hands every source to LoadersFactory. So common/ knows no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- every member is declared by a feature
export interface Loaders {}

/** A feature's part of the per-request loaders. */
export interface LoaderSource {
  create(): Partial<Loaders>;
}

/** All LoaderSources, provided by the composition module (graphql-loaders.module.ts). */
export const LOADER_SOURCES = Symbol('LOADER_SOURCES');

/** Creates the loaders of one request (called by the context factory, so caches never outlive a request). */
@Injectable()
export class LoadersFactory {
  constructor(@Inject(LOADER_SOURCES) private readonly sources: readonly LoaderSource[]) {}

  create(): Loaders {
    return Object.assign({}, ...this.sources.map((source) => source.create())) as Loaders;
  }
}
