import { createContext, useContext } from 'react';
import type { RegionKey } from '../../../gql/graphql';

/** What every figure block of a page shares: print mode and the parts of the CSV file name. */
export interface FigureSettings {
  /** The print view: tables only, no buttons. */
  print: boolean;
  periodSlug: string;
  region: RegionKey | null;
  /** Start of the CSV file names: "dashboard", or "zahlen" on the public figures. */
  filePrefix?: string;
}

export const FigureContext = createContext<FigureSettings>({ print: false, periodSlug: '', region: null });

export const useFigureSettings = () => useContext(FigureContext);
