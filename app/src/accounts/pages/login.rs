use super::query;
use super::AccountPage;
use crate::accounts::api::Login;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let next = query("next");
    let confirmed = query("confirmed");
    let reset = query("reset");
    let check = |l: &Login| {
        let mut check = crate::accounts::Check::new();
        check.email("email", &l.email);
        if l.password.is_empty() {
            check.fail("password", "missing");
        }
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, login_title)>
            {move || confirmed().map(|_| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, login_confirmed)}</p></div>
            })}
            {move || reset().map(|_| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, login_after_reset)}</p></div>
            })}
            <WithSession view=move |info: SessionInfo| {
                let next = next().unwrap_or_default();
                view! {
                    <ServerForm action id="login" flash=info.flash check=check>
                        <input type="hidden" name="next" value=next />
                        <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                        <Field name="password" kind="password" label=move || t_string!(i18n, field_password) autocomplete="current-password" required=true maxlength=128 />
                        <Submit label=move || t_string!(i18n, login_submit) />
                    </ServerForm>
                }
            } />
            <p><a href="/forgot">{t!(i18n, login_forgot)}</a></p>
            <p>{t!(i18n, login_no_account)} " " <a href="/register">{t!(i18n, nav_register)}</a></p>
        </AccountPage>
    }
}
