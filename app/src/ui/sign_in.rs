//! The prompt an anonymous visitor sees where an account is needed.
use crate::i18n::*;
use leptos::prelude::*;

/// Asks an anonymous visitor to sign in, with the page to come back to.
#[component]
pub(crate) fn SignInToContinue(next: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice" role="status">
            <p>{t!(i18n, sign_in_needed)}</p>
            <p><a class="button" href=format!("/login?next={}", crate::ui::lang_switch::encode_component(&next))>{t!(i18n, nav_login)}</a></p>
        </div>
    }
}
