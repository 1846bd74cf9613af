import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { Public } from '../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { atomFeed } from './news-feed';
import { NewsReaderService } from './news-reader.service';

/** Items in the feed: the newest publications. */
const FEED_SIZE = 50;

/** The public Atom feed of news items: `?lang=en` for English titles, German otherwise. */
@Controller('news')
export class NewsFeedController {
  constructor(
    private readonly reader: NewsReaderService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  async feed(@Query('lang') lang: string | undefined): Promise<string> {
    const page = await this.reader.list(null, { first: FEED_SIZE });
    return atomFeed(
      page.edges.map((edge) => edge.node),
      lang === 'en' ? 'en' : 'de',
      this.config.publicUrl,
    );
  }
}
