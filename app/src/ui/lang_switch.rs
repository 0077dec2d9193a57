//! The language switch: each language is a plain link to the server's `/lang/<code>` route,
//! which sets the cookie and redirects back to the same address, rendered in that language
//! (pages are rendered on the server; only islands run in the browser).
use crate::i18n::*;
use crate::LANG_COOKIE;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_use::{SameSite, UseCookieOptions};

/// One year, in milliseconds as `leptos_use` expects.
const COOKIE_MAX_AGE_MS: i64 = 365 * 24 * 60 * 60 * 1000;

/// The language cookie's attributes, shared by the in-page switch and the server route.
pub fn cookie_options() -> leptos_i18n::context::CookieOptions<Locale> {
    UseCookieOptions::default()
        .path("/")
        .max_age(COOKIE_MAX_AGE_MS)
        .same_site(SameSite::Lax)
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || {
        let path = location.pathname.get();
        let query = location.search.get();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    let option = move |locale: Locale, label: &'static str| {
        let href = move || {
            format!(
                "/lang/{}?next={}",
                locale.as_str(),
                encode_component(&here())
            )
        };
        let current = move || i18n.get_locale() == locale;
        view! {
            <li>
                <a
                    href=href
                    hreflang=locale.as_str()
                    lang=locale.as_str()
                    class="lang-option"
                    aria-current=move || current().then_some("true")
                >
                    // On a narrow laptop the header shows the short code; the name stays for
                    // screen readers (style/main.css).
                    <span class="lang-long">{label}</span>
                    <span class="lang-short" aria-hidden="true">{locale.as_str().to_uppercase()}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=move || t_string!(i18n, lang_switch_label)>
            <ul>
                {option(Locale::lt, td_string!(Locale::lt, lang_name))}
                {option(Locale::en, td_string!(Locale::en, lang_name))}
            </ul>
        </nav>
    }
}

/// Percent-encodes a path for use as a query value.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Where the no-JavaScript switch may send the visitor back to: only a path on this site.
/// Anything else (another host, a scheme, backslashes) falls back to the home page.
pub fn safe_return_path(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// The `Set-Cookie` value the server sends when the language is switched by link.
pub fn lang_cookie_header(locale: Locale) -> String {
    crate::common::cookie::set_cookie(
        LANG_COOKIE,
        locale.as_str(),
        (COOKIE_MAX_AGE_MS / 1000) as u64,
        false,
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_on_this_site() {
        assert_eq!(safe_return_path(Some("/ideas?page=2")), "/ideas?page=2");
        assert_eq!(safe_return_path(Some("//evil.example/")), "/");
        assert_eq!(safe_return_path(Some("https://evil.example/")), "/");
        assert_eq!(safe_return_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_return_path(Some("/a\nb")), "/");
        assert_eq!(safe_return_path(None), "/");
    }

    #[test]
    fn encoding_keeps_paths_readable_and_escapes_the_rest() {
        assert_eq!(encode_component("/ideas"), "/ideas");
        assert_eq!(encode_component("/a?b=c&d"), "/a%3Fb%3Dc%26d");
        assert_eq!(encode_component("/š"), "/%C5%A1");
    }

    #[test]
    fn the_cookie_lives_a_year_on_the_whole_site() {
        let header = lang_cookie_header(Locale::en);
        assert!(header.starts_with("i18n_pref_locale=en;"));
        assert!(header.contains("Path=/"));
        assert!(header.contains("Max-Age=31536000"));
    }
}
