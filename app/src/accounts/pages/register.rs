use super::AccountPage;
use crate::accounts::api::Register;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Register>::new();
    let check = |r: &Register| {
        crate::accounts::check_registration(
            &r.email,
            &r.display_name,
            &r.password,
            &r.birth_year,
            &r.guardian_email,
            crate::accounts::current_year(),
        )
    };
    view! {
        <AccountPage title=move || t_string!(i18n, register_title)>
            <p class="lead">{t!(i18n, register_lead)}</p>
            <WithSession view=move |info: SessionInfo| {
                let guardian_open = guardian_wanted(info.flash.as_ref());
                view! {
                <ServerForm action id="register" flash=info.flash check=check>
                    <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                    <Field name="display_name" label=move || t_string!(i18n, field_display_name) hint=move || t_string!(i18n, hint_display_name) autocomplete="nickname" required=true maxlength=60 />
                    <Field name="password" kind="password" label=move || t_string!(i18n, field_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
                    <Field name="birth_year" label=move || t_string!(i18n, field_birth_year) hint=move || t_string!(i18n, hint_birth_year) inputmode="numeric" maxlength=4 />
                    // Only someone under 14 needs it: folded away (no JavaScript needed), open
                    // again when a sent form's birth year calls for it.
                    <details class="guardian-box" open=guardian_open>
                        <summary>{t!(i18n, register_guardian_summary)}</summary>
                        <Field name="guardian_email" kind="email" label=move || t_string!(i18n, field_guardian_email) hint=move || t_string!(i18n, hint_guardian_email) maxlength=254 />
                    </details>
                    <p class="hint register-terms">
                        {t!(i18n, register_terms_before)} " "
                        <a href="/terms">{t!(i18n, register_terms_link)}</a>
                        " " {t!(i18n, register_terms_middle)} " "
                        <a href="/privacy">{t!(i18n, register_privacy_link)}</a>
                        "."
                    </p>
                    <Submit label=move || t_string!(i18n, register_submit) />
                </ServerForm>
                }
            } />
            <p>{t!(i18n, register_have_account)} " " <a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}

/// Whether the guardian's field is shown open: a form sent back with a guardian's address, or
/// with a birth year under the age of digital consent.
fn guardian_wanted(flash: Option<&crate::common::FormFlash>) -> bool {
    let Some(flash) = flash.filter(|f| f.form == "register") else {
        return false;
    };
    let value = |name: &str| {
        flash
            .values
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let year = crate::common::current_year();
    !value("guardian_email").trim().is_empty()
        || crate::common::needs_guardian(
            crate::common::parse_birth_year(value("birth_year"), year)
                .ok()
                .flatten(),
            year,
        )
}
