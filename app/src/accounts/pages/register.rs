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
            <WithSession view=move |info: SessionInfo| view! {
                <ServerForm action id="register" flash=info.flash check=check>
                    <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                    <Field name="display_name" label=move || t_string!(i18n, field_display_name) hint=move || t_string!(i18n, hint_display_name) autocomplete="nickname" required=true maxlength=60 />
                    <Field name="password" kind="password" label=move || t_string!(i18n, field_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
                    <Field name="birth_year" label=move || t_string!(i18n, field_birth_year) hint=move || t_string!(i18n, hint_birth_year) inputmode="numeric" maxlength=4 />
                    <Field name="guardian_email" kind="email" label=move || t_string!(i18n, field_guardian_email) hint=move || t_string!(i18n, hint_guardian_email) maxlength=254 />
                    <Submit label=move || t_string!(i18n, register_submit) />
                </ServerForm>
            } />
            <p>{t!(i18n, register_have_account)} " " <a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}
