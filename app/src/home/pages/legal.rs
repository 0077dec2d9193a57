//! The pages people read before they trust Santaka with their data: the privacy notice (with
//! the only-necessary-cookies statement) and the participation rules.
use crate::i18n::*;
use crate::ui::loader::Page;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=move || t_string!(i18n, privacy_title) class="narrow prose legal">
            <p class="lead">{t!(i18n, privacy_intro)}</p>
            <h2 id="who">{t!(i18n, privacy_h_who)}</h2>
            <p>{t!(i18n, privacy_who)}</p>
            <h2 id="what">{t!(i18n, privacy_h_what)}</h2>
            <ul>
                <li>{t!(i18n, privacy_what_account)}</li>
                <li>{t!(i18n, privacy_what_birth)}</li>
                <li>{t!(i18n, privacy_what_guardian)}</li>
                <li>{t!(i18n, privacy_what_profile)}</li>
                <li>{t!(i18n, privacy_what_content)}</li>
                <li>{t!(i18n, privacy_what_tech)}</li>
            </ul>
            <h2 id="children">{t!(i18n, privacy_h_children)}</h2>
            <p>{t!(i18n, privacy_children)}</p>
            <h2 id="retention">{t!(i18n, privacy_h_keep)}</h2>
            <p>{t!(i18n, privacy_keep)}</p>
            <h2 id="rights">{t!(i18n, privacy_h_rights)}</h2>
            <p>{t!(i18n, privacy_rights)}</p>
            <p><a href="/profile#data-title">{t!(i18n, privacy_rights_link)}</a></p>
            <h2 id="cookies">{t!(i18n, privacy_h_cookies)}</h2>
            <p>{t!(i18n, privacy_cookies)}</p>
            <p class="meta">{t!(i18n, legal_updated)}</p>
        </Page>
    }
}

#[component]
pub fn TermsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=move || t_string!(i18n, terms_title) class="narrow prose legal">
            <p class="lead">{t!(i18n, terms_intro)}</p>
            <h2>{t!(i18n, terms_h_share)}</h2>
            <p>{t!(i18n, terms_share)}</p>
            <h2>{t!(i18n, terms_h_respect)}</h2>
            <p>{t!(i18n, terms_respect)}</p>
            <h2>{t!(i18n, terms_h_data)}</h2>
            <p>{t!(i18n, terms_data)}</p>
            <h2>{t!(i18n, terms_h_moderation)}</h2>
            <p>{t!(i18n, terms_moderation)}</p>
            <h2>{t!(i18n, terms_h_teams)}</h2>
            <p>{t!(i18n, terms_teams)}</p>
            <p class="meta">{t!(i18n, legal_updated)}</p>
        </Page>
    }
}
