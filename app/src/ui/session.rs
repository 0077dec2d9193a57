//! The caller, fetched once per page load and shared by the header and every page, and the
//! loading sign shown while it arrives.
use crate::common::error::AppError;
use crate::common::SessionInfo;
use crate::i18n::*;
use leptos::prelude::*;

/// The caller and any kept form failure, fetched once per page load and shared by the header
/// and every form.
#[derive(Clone, Copy)]
pub struct SessionCtx(pub Resource<Result<SessionInfo, AppError>>);

pub fn use_session() -> Resource<Result<SessionInfo, AppError>> {
    expect_context::<SessionCtx>().0
}

/// Renders `view` once the session is known; an error shows the translated message.
#[component]
pub fn WithSession<F, V>(view: F) -> impl IntoView
where
    F: Fn(SessionInfo) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = use_session();
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {
                let view = view.clone();
                move || {
                    let view = view.clone();
                    Suspend::new(async move {
                        match session.await {
                            Ok(info) => view(info).into_any(),
                            Err(error) => {
                                view! { <crate::ui::error_view::ErrorMessage error /> }
                                    .into_any()
                            }
                        }
                    })
                }
            }
        </Suspense>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="loading" role="status" aria-live="polite">{t!(i18n, loading)}</p> }
}
