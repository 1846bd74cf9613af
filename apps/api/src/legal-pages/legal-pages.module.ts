import { Module } from '@nestjs/common';
import { LegalPagesResolver } from './legal-pages.resolver';
import { LegalPagesService } from './legal-pages.service';

/** Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit: versioned operator texts (issue 16, item 6). */
@Module({ providers: [LegalPagesService, LegalPagesResolver] })
export class LegalPagesModule {}
