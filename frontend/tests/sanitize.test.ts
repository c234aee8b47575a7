import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeRichText } from "@/lib/sanitize";

describe("rich text sanitiser", () => {
  it("keeps what the guide's rich text is made of", () => {
    const html =
      '<h2>Day one</h2><h3>Morning</h3><h4>Water</h4><p>From <a href="/lares/">Lares</a>, ' +
      "<strong>early</strong> and <em>slowly</em>.<br>Then up.</p>" +
      "<ul><li>Hat</li></ul><ol><li>First</li></ol><blockquote><p>Quote</p></blockquote>" +
      '<p><a href="https://example.org/x?a=1&amp;b=2" title="Out">out</a> ' +
      '<a href="mailto:guide@example.org">mail</a></p>' +
      '<img alt="The pass" class="richtext-image left" height="300" width="400" ' +
      'src="http://127.0.0.1:8000/media/images/pass.width-400.jpg" ' +
      'srcset="http://127.0.0.1:8000/media/images/pass.width-800.jpg 800w" sizes="100vw">';
    assert.equal(sanitizeRichText(html), html.replace("<br>", "<br />").replace(/>$/, " />"));
  });

  it("removes scripts, event handlers, javascript: URLs and other hostile markup", () => {
    const hostile = [
      "<p>Hello<script>alert(1)</script></p>",
      '<p onclick="alert(1)" onmouseover="alert(2)">Hello</p>',
      '<a href="javascript:alert(1)">link</a>',
      '<a href="JaVaScRiPt:alert(1)">link</a>',
      '<a href="java&#x09;script:alert(1)">link</a>',
      '<a href=" javascript:alert(1)">link</a>',
      '<a href="data:text/html,<script>alert(1)</script>">link</a>',
      '<a href="vbscript:msgbox(1)">link</a>',
      '<img src="x" onerror="alert(1)">',
      '<img src="javascript:alert(1)">',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      '<img src="http://ok.example/a.jpg" srcset="javascript:alert(1) 1x">',
      '<iframe src="https://evil.example/"></iframe>',
      "<svg><script>alert(1)</script></svg>",
      '<svg onload="alert(1)"></svg>',
      '<object data="x.swf"></object><embed src="x.swf">',
      "<style>body{display:none}</style>",
      '<p style="background:url(javascript:alert(1))">Hello</p>',
      '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<base href="https://evil.example/">',
      '<a href="//evil.example/">link</a>',
      "<p><<script>script>alert(1)<</script>/script></p>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<!--<img src=x onerror=alert(1)>-->",
    ];
    for (const html of hostile) {
      const clean = sanitizeRichText(html);
      assert.doesNotMatch(
        clean,
        /<script|<iframe|<svg|<object|<embed|<style|<form|<meta|<base/i,
        html,
      );
      assert.doesNotMatch(clean, /\son[a-z]+\s*=/i, html);
      assert.doesNotMatch(clean, /javascript:|vbscript:|data:|href="\/\//i, html);
      assert.doesNotMatch(clean, /style=/i, html);
    }
  });

  it("keeps the text of a removed element where it is harmless, and drops script text", () => {
    assert.equal(
      sanitizeRichText('<p onclick="x()">Hello <span>there</span></p>'),
      "<p>Hello there</p>",
    );
    assert.equal(sanitizeRichText("<p>a<script>alert(1)</script>b</p>"), "<p>ab</p>");
    assert.equal(sanitizeRichText('<a href="javascript:alert(1)">text</a>'), "<a>text</a>");
  });

  it("keeps only Wagtail's image classes", () => {
    assert.equal(
      sanitizeRichText('<img src="https://m.example/a.jpg" class="richtext-image right evil">'),
      '<img src="https://m.example/a.jpg" class="richtext-image right" />',
    );
  });
});
