import java.time.Duration
import java.time.Instant

def feeds = evaluate(new File(basedir, '../../../it/_support/nvd-feed.groovy'))
feeds.write(new File(basedir, 'target/feed-10-days-old'), Instant.now().minus(Duration.ofDays(10)))
true
