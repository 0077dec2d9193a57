use super::AccountPage;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn ForgotSentPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage title=move || t_string!(i18n, forgot_sent_title)>
            <div class="notice notice-success" role="status"><p>{t!(i18n, forgot_sent_text)}</p></div>
            <p><a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}
