use crate::accounts::api::DeleteAccount;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub(crate) fn DeleteForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteAccount>::new();
    view! {
        <details class="danger-zone">
            <summary>{t!(i18n, delete_title)}</summary>
            <p>{t!(i18n, delete_text)}</p>
            <ServerForm action id="delete_account" flash>
                <Field name="password" kind="password" label=move || t_string!(i18n, field_password_confirm) autocomplete="current-password" required=true maxlength=128 />
                <Submit label=move || t_string!(i18n, delete_submit) />
            </ServerForm>
        </details>
    }
}
