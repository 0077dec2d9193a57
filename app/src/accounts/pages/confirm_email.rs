use super::AccountPage;
use crate::accounts::api::ConfirmEmail;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::session::WithSession;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub(crate) fn query(
    name: &'static str,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let map = use_query_map();
    move || map.with(|m| m.get(name))
}

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmEmail>::new();
    let token = query("token");
    view! {
        <AccountPage title=move || t_string!(i18n, confirm_title)>
            <p>{t!(i18n, confirm_text)}</p>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="confirm_email" flash=info.flash>
                        <input type="hidden" name="token" value=token />
                        <Submit label=move || t_string!(i18n, confirm_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}
