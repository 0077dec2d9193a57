use super::AccountPage;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn GuardianDonePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage title=move || t_string!(i18n, guardian_done_title)>
            <div class="notice notice-success" role="status"><p>{t!(i18n, guardian_done_text)}</p></div>
        </AccountPage>
    }
}
