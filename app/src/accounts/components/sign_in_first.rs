use crate::i18n::*;
use leptos::prelude::*;

/// Shows the page for a signed-in person, or asks them to sign in.
#[component]
pub(crate) fn SignInFirst(next: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::UNAUTHORIZED);
    }
    view! {
        <div class="notice" role="status">
            <p>{t!(i18n, sign_in_needed)}</p>
            <p><a class="button" href=format!("/login?next={next}")>{t!(i18n, nav_login)}</a></p>
        </div>
    }
}
