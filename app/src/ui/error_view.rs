//! How an error reaches a person: a translated sentence, and for internal errors the request
//! id to quote to support. Never the cause.
use crate::common::error::AppError;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(status) = http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
    if error == AppError::Unauthenticated {
        let location = leptos_router::hooks::use_location();
        let (path, query) = (
            location.pathname.get_untracked(),
            location.search.get_untracked(),
        );
        let next = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        return view! { <crate::ui::sign_in::SignInToContinue next /> }.into_any();
    }
    let reference = match &error {
        AppError::Internal { request_id } if !request_id.is_empty() => Some(request_id.clone()),
        _ => None,
    };
    let message = move || match error.code() {
        "not_found" => t_string!(i18n, error_not_found),
        "forbidden" => t_string!(i18n, error_forbidden),
        "invalid" => t_string!(i18n, error_invalid),
        "conflict" => t_string!(i18n, error_conflict),
        "rate_limited" => t_string!(i18n, error_rate_limited),
        "transport" => t_string!(i18n, error_transport),
        _ => t_string!(i18n, error_internal),
    };
    view! {
        <div class="notice notice-error" role="alert">
            <p>{message}</p>
            {reference.map(|id| view! {
                <p class="notice-ref">{t!(i18n, error_reference)} " " <code>{id}</code></p>
            })}
        </div>
    }
    .into_any()
}
