import type { FaqIndexPage } from "@/api/types";
import { FaqList } from "@/components/FaqList";
import { PageHeader } from "@/components/PageHeader";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

/** Every FAQ, grouped by topic, with a list of topics to jump to. */
export function FaqIndexTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: FaqIndexPage;
  locale?: Locale;
}) {
  const topics = page.topics.filter((group) => group.faqs.length);
  return (
    <article className="faq-index">
      <PageHeader title={page.title} lead={page.intro} />
      <div className="container narrow">
        {topics.length > 1 ? (
          <nav className="toc" aria-label={messagesFor(locale).faq.topics}>
            <ul>
              {topics.map((group) => (
                <li key={group.topic.id}>
                  <a href={`#${group.topic.slug}`}>{group.topic.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {topics.map((group) => (
          <section className="section" key={group.topic.id} aria-labelledby={group.topic.slug}>
            <h2 id={group.topic.slug}>{group.topic.name}</h2>
            <FaqList faqs={group.faqs} />
          </section>
        ))}
      </div>
    </article>
  );
}
