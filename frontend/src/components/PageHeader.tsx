import type { ReactNode } from "react";
import type { Image } from "@/api/types";
import { ResponsiveImage } from "./ResponsiveImage";

type Props = {
  title: string;
  lead?: string;
  image?: Image | null;
  eyebrow?: string;
  children?: ReactNode;
};

/** The top of every page: title, lead paragraph and the hero image. */
export function PageHeader({ title, lead, image, eyebrow, children }: Props) {
  return (
    <header className={image ? "page-header page-header--image" : "page-header"}>
      <div className="container page-header__inner">
        <div className="page-header__text">
          {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
          <h1>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
          {children}
        </div>
        {image ? (
          <ResponsiveImage
            className="page-header__image"
            image={image}
            sizes="(min-width: 60rem) 50vw, 100vw"
            priority
          />
        ) : null}
      </div>
    </header>
  );
}
