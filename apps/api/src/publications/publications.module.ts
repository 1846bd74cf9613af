import { Module } from '@nestjs/common';
import { NewsFeedController } from './news-feed.controller';
import { NewsItemsService } from './news-items.service';
import { NewsReaderService } from './news-reader.service';
import { NewsTrailController } from './news-trail.controller';
import { PublicationsResolver } from './publications.resolver';
import { TransparencyController } from './transparency/transparency.controller';
import { TransparencyResolver } from './transparency/transparency.resolver';
import { TransparencyService } from './transparency/transparency.service';

/** News items (Meldungen) with provenance, four-eyes approval, versions and an audit trail (issue 18 A). */
@Module({
  controllers: [NewsTrailController, NewsFeedController, TransparencyController],
  providers: [NewsItemsService, NewsReaderService, PublicationsResolver, TransparencyService, TransparencyResolver],
})
export class PublicationsModule {}
