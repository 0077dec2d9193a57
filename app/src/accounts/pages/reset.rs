use super::query;
use super::AccountPage;
use crate::accounts::api::ResetPassword;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;

#[component]
pub fn ResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let token = query("token");
    let check = |r: &ResetPassword| {
        let mut check = crate::accounts::Check::new();
        check.password("password", &r.password);
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, reset_title)>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="reset_password" flash=info.flash check=check>
                        <input type="hidden" name="token" value=token />
                        <Field name="password" kind="password" label=move || t_string!(i18n, field_new_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
                        <Submit label=move || t_string!(i18n, reset_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}
