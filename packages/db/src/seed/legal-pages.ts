import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEGAL_TEXT_LENGTH } from '@wiw/domain';
import type { Prisma } from '../generated/prisma/client';
import { LegalPageKind } from '../generated/prisma/enums';
import { seedDir } from '../paths';

/**
 * The default texts of the legal pages (prisma/seed/reference/legal/<page>.<de|en>.md): reference
 * data, loaded in every environment as version 1 of each page. They mark every gap the operator
 * must fill with "[Vom Betreiber auszufüllen: …]" / "[To be completed by the operator: …]".
 */
export interface SeedLegalPage {
  page: LegalPageKind;
  bodyDe: string;
  bodyEn: string;
}

const FILE_NAMES: Record<LegalPageKind, string> = { IMPRINT: 'imprint', PRIVACY: 'privacy', ACCESSIBILITY: 'accessibility' };
export const OPERATOR_GAP = { de: '[Vom Betreiber auszufüllen:', en: '[To be completed by the operator:' } as const;

function readText(dir: string, file: string, gap: string): string {
  const text = readFileSync(path.join(dir, 'reference', 'legal', file), 'utf8').trim();
  const where = `prisma/seed/reference/legal/${file}`;
  if (text.length < LEGAL_TEXT_LENGTH.min || text.length > LEGAL_TEXT_LENGTH.max) {
    throw new Error(`${where} must hold ${LEGAL_TEXT_LENGTH.min}–${LEGAL_TEXT_LENGTH.max} characters, not ${text.length}`);
  }
  if (!text.includes(gap)) throw new Error(`${where} marks nothing for the operator to fill in ("${gap} …]")`);
  return text;
}

/** Reads the default texts of the three legal pages, German and English. */
export function loadLegalPages(dir: string = seedDir()): SeedLegalPage[] {
  return Object.values(LegalPageKind).map((page) => ({
    page,
    bodyDe: readText(dir, `${FILE_NAMES[page]}.de.md`, OPERATOR_GAP.de),
    bodyEn: readText(dir, `${FILE_NAMES[page]}.en.md`, OPERATOR_GAP.en),
  }));
}

/** Creates version 1 of each legal page that has none; never touches a page the operator has edited. */
export async function seedLegalPages(tx: Prisma.TransactionClient, pages: ReadonlyArray<SeedLegalPage>): Promise<number> {
  const { count } = await tx.legalPageVersion.createMany({ data: pages.map((page) => ({ ...page, version: 1 })), skipDuplicates: true });
  return count;
}
