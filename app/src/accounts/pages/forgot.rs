use super::AccountPage;
use crate::accounts::api::RequestPasswordReset;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;

#[component]
pub fn ForgotPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let check = |r: &RequestPasswordReset| {
        let mut check = crate::accounts::Check::new();
        check.email("email", &r.email);
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, forgot_title)>
            <p>{t!(i18n, forgot_text)}</p>
            <WithSession view=move |info: SessionInfo| view! {
                <ServerForm action id="request_password_reset" flash=info.flash check=check>
                    <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                    <Submit label=move || t_string!(i18n, forgot_submit) />
                </ServerForm>
            } />
        </AccountPage>
    }
}
