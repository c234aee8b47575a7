import type { Faq } from "@/api/types";
import { RichText } from "./RichText";

/** Questions as native <details>: they open and close without JavaScript. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  if (!faqs.length) return null;
  return (
    <div className="faq-list">
      {faqs.map((faq) => (
        <details className="faq" key={faq.id} id={`faq-${faq.id}`}>
          <summary>{faq.question}</summary>
          <RichText html={faq.answer} className="faq__answer" />
        </details>
      ))}
    </div>
  );
}
