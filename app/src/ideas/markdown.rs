//! Markdown for descriptions and comments, rendered on the server into HTML that is safe to
//! put in a page: raw HTML is shown as text, images are reduced to their description, and a
//! link keeps its address only when it is http(s), mailto or a path on this site. Links get
//! `rel="nofollow ugc noopener"`. The `ammonia` sanitiser then checks the produced HTML against
//! the same short list of tags, as a second line.
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// How much Markdown a text may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// Descriptions: headings (shifted below the page's own), lists, emphasis, links, quotes,
    /// code.
    Full,
    /// Comments: the same without headings (they become bold paragraphs).
    Lite,
}

/// Renders `source` to sanitised HTML.
pub fn render(source: &str, flavour: Flavour) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let parsed: Vec<Event> = Parser::new_ext(source, options).collect();
    // The text's own top heading level becomes h3, under the page's h1 and the section's h2,
    // so a description that starts at "###" does not skip a level.
    let top = parsed
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    let mut events: Vec<Event> = Vec::new();
    // Inside an image, its description is kept as text and everything else dropped.
    let mut in_image = 0usize;
    // Whether each open link was kept (true) or reduced to its text (false).
    let mut links: Vec<bool> = Vec::new();
    for event in parsed {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(text) | Event::Code(text) if in_image > 0 => {
                events.push(Event::Text(text));
            }
            _ if in_image > 0 => {}
            // Raw HTML is never trusted: it shows as the text that was typed.
            Event::Html(html) | Event::InlineHtml(html) => events.push(Event::Text(html)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => match safe_url(&if link_type == LinkType::Email {
                format!("mailto:{dest_url}")
            } else {
                dest_url.to_string()
            }) {
                Some(url) => {
                    links.push(true);
                    events.push(Event::InlineHtml(CowStr::from(format!(
                        "<a href=\"{}\" rel=\"nofollow ugc noopener\">",
                        escape_attribute(&url)
                    ))));
                }
                None => links.push(false),
            },
            Event::End(TagEnd::Link) => {
                if links.pop() == Some(true) {
                    events.push(Event::InlineHtml(CowStr::Borrowed("</a>")));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => events.push(match flavour {
                Flavour::Full => {
                    Event::InlineHtml(CowStr::from(format!("<{}>", shifted(level, top))))
                }
                Flavour::Lite => Event::InlineHtml(CowStr::Borrowed("<p><strong>")),
            }),
            Event::End(TagEnd::Heading(level)) => events.push(match flavour {
                Flavour::Full => {
                    Event::InlineHtml(CowStr::from(format!("</{}>\n", shifted(level, top))))
                }
                Flavour::Lite => Event::InlineHtml(CowStr::Borrowed("</strong></p>\n")),
            }),
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    second_line(&html)
}

/// The second line behind the event filter above: whatever it let through, only the tags
/// and attributes Markdown makes here reach a page, and links only with safe schemes.
fn second_line(html: &str) -> String {
    use std::sync::LazyLock;
    static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
        let mut builder = ammonia::Builder::empty();
        builder
            .add_tags([
                "p",
                "br",
                "strong",
                "em",
                "del",
                "a",
                "ul",
                "ol",
                "li",
                "blockquote",
                "code",
                "pre",
                "h3",
                "h4",
                "h5",
                "h6",
                "hr",
            ])
            .add_tag_attributes("a", ["href"])
            .add_tag_attributes("ol", ["start"])
            .add_url_schemes(["http", "https", "mailto"])
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(Some("nofollow ugc noopener"));
        builder
    });
    CLEANER.clean(html).to_string()
}

/// Page headings are h1 and h2: a description's top level is h3, and the rest follow it.
fn shifted(level: HeadingLevel, top: usize) -> &'static str {
    match (level as usize).saturating_sub(top) {
        0 => "h3",
        1 => "h4",
        2 => "h5",
        _ => "h6",
    }
}

/// The address of a link when it is safe to follow: `http:`, `https:` and `mailto:`, or a
/// path on this site. Browsers ignore tabs, newlines and leading spaces in a scheme, so they
/// are removed before the scheme is read.
pub fn safe_url(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let lower = cleaned.to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let path_end = lower.find(['/', '?', '#']);
    let has_scheme = match (scheme_end, path_end) {
        (Some(colon), Some(slash)) => colon < slash,
        (Some(_), None) => true,
        _ => false,
    };
    if has_scheme {
        let allowed = ["http://", "https://", "mailto:"]
            .iter()
            .any(|prefix| lower.starts_with(prefix));
        return allowed.then_some(cleaned);
    }
    // A protocol-relative address leaves the site without saying where to; browsers read a
    // backslash as a slash, so `\/host` and `/\host` are the same thing.
    if lower.starts_with('\\') || lower.starts_with("//") || lower.starts_with("/\\") {
        return None;
    }
    Some(cleaned)
}

fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The first `max` characters of a Markdown text as plain text, for link previews.
pub fn plain_excerpt(source: &str, max: usize) -> String {
    let mut text = String::new();
    for event in Parser::new(source) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(s: &str) -> String {
        render(s, Flavour::Full)
    }

    #[test]
    fn scripts_and_raw_html_never_survive() {
        for source in [
            "<script>alert(1)</script>",
            "Hello <script>alert(1)</script> world",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
        ] {
            let html = full(source);
            assert!(!html.contains("<script"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            assert!(!html.contains("<a "), "{html}");
            assert!(!html.contains("<iframe"), "{html}");
            assert!(!html.contains("<svg"), "{html}");
            assert!(html.contains("&lt;"), "raw HTML shows as text: {html}");
        }
    }

    #[test]
    fn javascript_links_lose_their_address() {
        for source in [
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click]( javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
            "[click](vbscript:msgbox)",
            "[click](//evil.example/x)",
            "[click](\\\\/evil.example)",
            "[click](&#92;/evil.example)",
            "[click](/\\evil.example)",
            "<javascript:alert(1)>",
            "[click][r]\n\n[r]: javascript:alert(1)",
        ] {
            let html = full(source);
            // The words may stay as text; there is no link to follow.
            assert!(!html.contains("<a"), "{source}: {html}");
            assert!(!html.contains("href"), "{source}: {html}");
        }
    }

    #[test]
    fn safe_links_are_kept_and_marked() {
        let html =
            full("[Kaunas](https://kaunas.lt/renginiai?a=1&b=\"2\") and <https://visit.kaunas.lt>");
        assert!(html.contains(
            "<a href=\"https://kaunas.lt/renginiai?a=1&amp;b=&quot;2&quot;\" rel=\"nofollow ugc noopener\">Kaunas</a>"
        ), "{html}");
        assert!(html.contains("href=\"https://visit.kaunas.lt\""), "{html}");
        assert!(full("[idea](/ideas/4)").contains("href=\"/ideas/4\""));
        assert!(
            full("[mail](mailto:info@santaka.test)").contains("href=\"mailto:info@santaka.test\"")
        );
    }

    #[test]
    fn the_second_line_keeps_only_markdown_tags() {
        let cleaned = second_line(
            "<p onclick=\"x()\">a<script>b()</script><a href=\"javascript:c()\">d</a></p>\
             <style>p{}</style><ol start=\"3\"><li>e</li></ol>",
        );
        assert_eq!(
            cleaned,
            "<p>a<a rel=\"nofollow ugc noopener\">d</a></p><ol start=\"3\"><li>e</li></ol>"
        );
    }

    #[test]
    fn images_become_their_description() {
        let html = full("![Santakos parkas](https://example.com/a.jpg \"t\")");
        assert!(!html.contains("<img"));
        assert!(html.contains("Santakos parkas"));
    }

    #[test]
    fn headings_shift_in_descriptions_and_flatten_in_comments() {
        assert!(full("# Tikslas").contains("<h3>Tikslas</h3>"));
        let nested = full("### Kodėl\n\n#### Kaip");
        assert!(
            nested.contains("<h3>Kodėl</h3>") && nested.contains("<h4>Kaip</h4>"),
            "{nested}"
        );
        let lite = render("## Klausimas\n\n**Kada?**", Flavour::Lite);
        assert!(!lite.contains("<h"), "{lite}");
        assert!(lite.contains("<p><strong>Klausimas</strong></p>"));
    }

    #[test]
    fn ordinary_markdown_renders() {
        let html = full("- **Kiemai**\n- _upė_\n\n> citata");
        assert!(html.contains("<li><strong>Kiemai</strong></li>"));
        assert!(html.contains("<em>upė</em>"));
        assert!(html.contains("<blockquote>"));
    }

    #[test]
    fn excerpts_are_plain_and_short() {
        assert_eq!(
            plain_excerpt("# Title\n\nSome **bold** text", 100),
            "Title Some bold text"
        );
        let long = plain_excerpt(&"žodis ".repeat(100), 20);
        assert!(long.chars().count() <= 20 && long.ends_with('…'));
    }
}
