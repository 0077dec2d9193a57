//! Content in the other language: its element carries `lang` (WCAG 3.1.2) and a small marker
//! says which language it is in.
use crate::i18n::*;
use leptos::prelude::*;

/// The page's language code ("lt" or "en").
pub fn page_lang(i18n: leptos_i18n::I18nContext<Locale>) -> &'static str {
    match i18n.get_locale_untracked() {
        Locale::lt => "lt",
        Locale::en => "en",
    }
}

/// `lang` for an element holding content written in `lang`, when that is not the page's.
pub fn other_lang(lang: &str) -> Option<String> {
    let i18n = use_i18n();
    (lang != page_lang(i18n)).then(|| lang.to_owned())
}

/// "EN" or "LT" next to content written in the other language, with its name for screen
/// readers; nothing when it is in the page's language.
#[component]
pub fn LangMark(#[prop(into)] lang: String) -> impl IntoView {
    let i18n = use_i18n();
    (lang != page_lang(i18n)).then(|| {
        let name = if lang == "en" {
            t_string!(i18n, content_in_english)
        } else {
            t_string!(i18n, content_in_lithuanian)
        };
        view! {
            " " <span class="lang-mark" title=name>
                <span aria-hidden="true">{lang.to_uppercase()}</span>
                <span class="visually-hidden">{name}</span>
            </span>
        }
    })
}
