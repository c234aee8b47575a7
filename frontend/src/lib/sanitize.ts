/**
 * Rich text from the API is inserted as HTML, so it passes an allow-list first: the elements and
 * attributes Wagtail's rich text features produce (paragraphs, h2–h4, bold, italic, lists, links,
 * images), nothing else. A script, an event handler or a javascript: URL that reached the API
 * (a compromised editor account, a bug in a converter) is dropped here, not run on the site.
 */
import sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "hr",
    "sub",
    "sup",
    "code",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "class", "loading", "title"],
  },
  // Wagtail's image formats: "richtext-image left", "richtext-image full-width".
  allowedClasses: { img: ["richtext-image", "left", "right", "full-width"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // Elements whose text must go with them, not be left behind as stray words.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "template", "title"],
  disallowedTagsMode: "discard",
  // An image whose only source was refused is an empty box: drop it.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
