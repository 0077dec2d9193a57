use crate::accounts::api::ChangePassword;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub(crate) fn PasswordForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let check = |p: &ChangePassword| {
        let mut check = crate::common::Check::new();
        if p.current_password.is_empty() {
            check.fail("current_password", "missing");
        }
        check.password("new_password", &p.new_password);
        check.finish()
    };
    view! {
        <p class="hint">{t!(i18n, password_hint_sessions)}</p>
        <ServerForm action id="change_password" flash check=check>
            <Field name="current_password" kind="password" label=move || t_string!(i18n, field_current_password) autocomplete="current-password" required=true maxlength=128 />
            <Field name="new_password" kind="password" label=move || t_string!(i18n, field_new_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
            <Submit label=move || t_string!(i18n, password_submit) />
        </ServerForm>
    }
}
