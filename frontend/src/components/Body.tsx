import type { BodyBlock } from "@/api/types";
import { formatElevation } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel } from "@/lib/messages";
import { ComparisonTable } from "./ComparisonTable";
import { ResponsiveImage } from "./ResponsiveImage";
import { RichText } from "./RichText";

/** One StreamField block, by its type. */
function Block({ block, locale }: { block: BodyBlock; locale: Locale }) {
  switch (block.type) {
    case "heading":
      return <h2 className="body__heading">{block.value}</h2>;
    case "paragraph":
      return <RichText html={block.value} />;
    case "image":
      return block.value.image ? (
        <figure className="body__figure">
          <ResponsiveImage image={block.value.image} sizes="(min-width: 48rem) 44rem, 100vw" />
          {block.value.caption ? <figcaption>{block.value.caption}</figcaption> : null}
        </figure>
      ) : null;
    case "callout":
      return (
        <aside
          className={`callout callout--${block.value.tone}`}
          aria-label={block.value.title || enumLabel(locale, "tone", block.value.tone)}
        >
          {block.value.title ? <p className="callout__title">{block.value.title}</p> : null}
          <RichText html={block.value.text} />
        </aside>
      );
    case "place":
      return block.value.place ? (
        <aside className="place-note" aria-label={block.value.place.name}>
          <p className="place-note__title">
            {block.value.place.name}{" "}
            <span className="place-note__meta">
              {enumLabel(locale, "placeKind", block.value.place.kind)},{" "}
              {formatElevation(
                block.value.place.elevation,
                block.value.place.precision.elevation,
                locale,
              )}
            </span>
          </p>
          {block.value.note ? <p>{block.value.note}</p> : null}
        </aside>
      ) : null;
    case "comparison":
      return <ComparisonTable value={block.value} locale={locale} />;
    default: {
      // A block type this site does not know yet is skipped, not a crash.
      const unknown: never = block;
      void unknown;
      return null;
    }
  }
}

/** A page's body StreamField. */
export function Body({
  blocks,
  locale = DEFAULT_LOCALE,
}: {
  blocks: BodyBlock[];
  locale?: Locale;
}) {
  if (!blocks.length) return null;
  return (
    <div className="body">
      {blocks.map((block) => (
        <Block key={block.id} block={block} locale={locale} />
      ))}
    </div>
  );
}
