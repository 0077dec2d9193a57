//! Random and hostile input through every parser of typed text and the Markdown sanitiser
//! (issue 19): nothing panics, the sanitiser never lets a script, an event handler or an
//! unsafe link through, and the parsers keep their promises on any input. Each property runs
//! `CASES` cases (proptest, deterministic per run of the suite; a failure prints the shrunk
//! input that caused it).
#![cfg(feature = "ssr")]

use app::common::{csv, ical, parse_birth_year, parse_tags, valid_email, Check, TAG_MAX};
use app::ideas::markdown::{plain_excerpt, render, safe_url, Flavour};
use proptest::prelude::*;

const CASES: u32 = 10_000;

/// Pieces an attacker (or a clumsy paste) puts in a text: HTML, Markdown links and images
/// with every scheme trick, entities, control characters, quotes and Markdown syntax.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<script",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<style>*{}</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<div ",
    " onclick=",
    "onmouseover=\"alert(1)\"",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](//evil.example)",
    "[x](\\\\evil.example)",
    "[x](/\\evil.example)",
    "[x](https://kaunas.lt \"t\")",
    "![i](javascript:alert(1))",
    "![<img src=x onerror=alert(1)>](x)",
    "<javascript:alert(1)>",
    "<https://kaunas.lt>",
    "<vardas@kaunas.lt>",
    "[ref]: javascript:alert(1)\n[ref]",
    "](",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\"",
    "'",
    "`",
    "```",
    "&",
    "&lt;",
    "&#x3C;",
    "&#60;script&#62;",
    "%3Cscript%3E",
    "\\",
    "*",
    "**",
    "_",
    "~~",
    "#",
    "### ",
    "> ",
    "- ",
    "1. ",
    "99999999999999999999. ",
    "    ",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "ą",
    "Ž",
    "𝕏",
    "👩‍👩‍👧",
    "Kaunas",
    " ",
    ",",
    ";",
    "=",
    "+",
    "@",
    "-",
];

/// A text of 0 to `max` pieces, hostile ones and arbitrary characters mixed.
fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => proptest::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter),
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

/// The tags and attributes a description or comment may contain once rendered.
const TAGS: &[&str] = &[
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
];

/// What a browser would make of an attribute's value: entities decoded (the few the renderer
/// writes, and numeric ones), then tabs, newlines and spaces dropped, as browsers do in a
/// scheme.
fn as_browser_reads(value: &str) -> String {
    let mut decoded = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        decoded.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find(';').unwrap_or(0);
        let entity = &tail[..=end];
        let char = match entity {
            "&amp;" => Some('&'),
            "&quot;" => Some('"'),
            "&lt;" => Some('<'),
            "&gt;" => Some('>'),
            _ if entity.starts_with("&#x") || entity.starts_with("&#X") => {
                u32::from_str_radix(&entity[3..entity.len() - 1], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if entity.starts_with("&#") => entity[2..entity.len() - 1]
                .parse()
                .ok()
                .and_then(char::from_u32),
            _ => None,
        };
        match char {
            Some(c) if end > 0 => {
                decoded.push(c);
                rest = &tail[end + 1..];
            }
            _ => {
                decoded.push('&');
                rest = &tail[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Every `<` in sanitised HTML opens or closes an allowed tag whose attributes are allowed,
/// and every link goes to http(s), mailto or a path on this site. Returns what is wrong.
fn unsafe_part(html: &str) -> Option<String> {
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tail = &rest[at + 1..];
        let end = tail.find('>')?;
        let inside = tail[..end].trim_start_matches('/');
        let name = inside
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if !TAGS.contains(&name) {
            return Some(format!("tag <{}>", &tail[..end]));
        }
        let attributes = inside[name.len()..].trim();
        // Attribute values are quoted by the serialiser; split name="value" pairs.
        let mut attrs = attributes;
        while !attrs.is_empty() {
            let Some((key, after)) = attrs.split_once("=\"") else {
                return Some(format!("attribute syntax in <{inside}>"));
            };
            let Some((value, after)) = after.split_once('"') else {
                return Some(format!("unclosed value in <{inside}>"));
            };
            let key = key.trim();
            let allowed = matches!((name, key), ("a", "href" | "rel") | ("ol", "start"));
            if !allowed {
                return Some(format!("attribute {key} on <{name}>"));
            }
            if key == "href" {
                let url = as_browser_reads(value);
                let scheme_ok = ["http://", "https://", "mailto:"]
                    .iter()
                    .any(|p| url.starts_with(p));
                let colon = url.find(':');
                let path_end = url.find(['/', '?', '#']);
                let has_scheme = match (colon, path_end) {
                    (Some(c), Some(p)) => c < p,
                    (Some(_), None) => true,
                    _ => false,
                };
                if (has_scheme && !scheme_ok)
                    || url.starts_with("//")
                    || url.starts_with('\\')
                    || url.starts_with("/\\")
                {
                    return Some(format!("link to {value}"));
                }
            }
            attrs = after.trim_start();
        }
        rest = &tail[end + 1..];
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    /// Descriptions and comments: whatever is typed, the page gets only Markdown's own tags,
    /// no handler, no script and no link that runs code or leaves without saying where.
    #[test]
    fn markdown_never_yields_a_script(source in hostile_text(40)) {
        for flavour in [Flavour::Full, Flavour::Lite] {
            let html = render(&source, flavour);
            prop_assert!(unsafe_part(&html).is_none(), "{:?} in {html:?}", unsafe_part(&html));
            let lower = html.to_ascii_lowercase();
            prop_assert!(!lower.contains("<script") && !lower.contains("<iframe") && !lower.contains("<svg"));
        }
        let excerpt = plain_excerpt(&source, 160);
        prop_assert!(excerpt.chars().count() <= 160);
    }

    /// A link's address is kept only when a browser would read it as http(s), mailto or a
    /// path here.
    #[test]
    fn a_kept_link_is_always_safe(url in hostile_text(8)) {
        if let Some(kept) = safe_url(&url) {
            let read = as_browser_reads(&kept);
            prop_assert!(!read.starts_with("javascript:") && !read.starts_with("data:") && !read.starts_with("vbscript:"), "{kept:?}");
            prop_assert!(!read.starts_with("//") && !read.starts_with('\\'), "{kept:?}");
        }
    }

    /// CSV read back is what was written, for any fields at all (imports and downloads).
    #[test]
    fn csv_written_reads_back_the_same(rows in proptest::collection::vec(proptest::collection::vec(hostile_text(6), 1..6), 1..8)) {
        let text: String = rows.iter().map(|r| csv::csv_line(r.iter().map(String::as_str))).collect();
        let read = csv::parse(&text, ',').expect("written CSV reads");
        // Blank lines are skipped on reading: a record of one empty field is written as one.
        let expected: Vec<&Vec<String>> = rows.iter().filter(|r| !(r.len() == 1 && r[0].is_empty())).collect();
        let got: Vec<&Vec<String>> = read.iter().map(|(_, r)| r).collect();
        prop_assert_eq!(got.len(), expected.len(), "{:?}", text);
        for (g, e) in got.iter().zip(expected) {
            prop_assert_eq!(*g, e);
        }
    }

    /// Any file at all given to the steering group's import, as any kind: read or refused
    /// with a reason, never a panic.
    #[test]
    fn any_uploaded_file_is_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..600), text in hostile_text(30), semicolons in any::<bool>()) {
        use app::steering::import::{read_file, ImportKind};
        let mut as_text = text.into_bytes();
        if semicolons {
            as_text = String::from_utf8_lossy(&as_text).replace(',', ";").into_bytes();
        }
        for input in [&bytes, &as_text] {
            for kind in [ImportKind::Organisations, ImportKind::Mentors] {
                let _ = read_file(input, kind);
            }
        }
    }

    /// Calendar text never starts a new property: no bare line break survives escaping, and a
    /// folded line is at most 75 octets.
    #[test]
    fn calendar_text_stays_in_its_property(value in hostile_text(30)) {
        let escaped = ical::text(&value);
        prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
        let mut out = String::new();
        ical::line(&mut out, &format!("SUMMARY:{escaped}"));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            prop_assert!(line.len() <= 75, "{line:?}");
            prop_assert!(!line.contains('\n') && !line.contains('\r'));
        }
    }

    /// The small parsers of typed fields never panic, and what they accept is in range.
    #[test]
    fn typed_fields_parse_or_are_refused(value in hostile_text(10), other in hostile_text(4), year in any::<i32>()) {
        let year = year.rem_euclid(3000);
        if let Ok(Some(born)) = parse_birth_year(&value, year) {
            prop_assert!(born <= year);
        }
        let tags = parse_tags(&value);
        for (i, tag) in tags.iter().enumerate() {
            prop_assert!(!tag.is_empty() && tag.trim() == tag && !tag.contains(','), "{tag:?}");
            prop_assert!(!tags[..i].iter().any(|t| t.to_lowercase() == tag.to_lowercase()));
        }
        let mut check = Check::new();
        check.tags("tags", &value);
        if check.finish().is_ok() {
            prop_assert!(tags.iter().all(|t| t.chars().count() <= TAG_MAX));
        }
        if valid_email(&value) {
            prop_assert!(value.contains('@') && !value.trim().contains(char::is_whitespace));
        }
        if let Some(minute) = app::festival::parse_hhmm(&value) {
            prop_assert!(minute <= 24 * 60);
        }
        if let Ok(Some((lat, lng))) = app::ideas::parse_point(&value, &other) {
            prop_assert!((54.80..=55.00).contains(&lat) && (23.75..=24.10).contains(&lng));
        }
        if let Ok(spaces) = app::forums::open_space::parse_spaces(&value) {
            prop_assert!(spaces.iter().all(|(name, seats)| !name.is_empty() && (1..=500).contains(seats)));
        }
        let _ = app::ideas::fts_all_words(&value);
        let _ = app::ideas::fts_any_word(&value);
        let _ = app::steering::decisions::parse_subject(&value);
        let _ = app::ideas::check_comment(&value, &other);
    }

    /// One rule for names and titles: a line break or control character is always refused.
    #[test]
    fn a_name_with_a_line_break_is_always_refused(before in hostile_text(5), after in hostile_text(5), breaker in proptest::sample::select(&["\n", "\r", "\u{0}", "\u{1b}", "\u{85}", "\u{2028}"][..])) {
        let value = format!("Jaunimo{before}{breaker}{after}klubas");
        let mut check = Check::new();
        check.line("title", &value, 1, 10_000);
        prop_assert!(check.finish().is_err(), "{value:?}");
    }
}
