use super::query;
use super::AccountPage;
use crate::accounts::api::ConfirmGuardian;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;

#[component]
pub fn GuardianPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmGuardian>::new();
    let token = query("token");
    view! {
        <AccountPage title=move || t_string!(i18n, guardian_title)>
            <p>{t!(i18n, guardian_text)}</p>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="confirm_guardian" flash=info.flash>
                        <input type="hidden" name="token" value=token />
                        <Submit label=move || t_string!(i18n, guardian_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}
