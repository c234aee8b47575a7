import type { Image } from "@/api/types";

type Props = {
  image: Image;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The page's main image: load it at once rather than lazily. */
  priority?: boolean;
  className?: string;
};

/** The API's renditions as a plain <img srcset>; width and height keep the layout from jumping. */
export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  const srcSet = image.srcset.map((source) => `${source.url} ${source.width}w`).join(", ");
  return (
    // eslint-disable-next-line @next/next/no-img-element -- renditions come ready-made from Wagtail
    <img
      className={className}
      src={image.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
