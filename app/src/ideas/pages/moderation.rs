use crate::common::error::AppError;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::components::ReportCard;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::Loading;
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------------------
#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let reports = Resource::new(|| (), |_| list_reports());
    view! {
        <Title text=move || t_string!(i18n, moderation_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, moderation_title)}</h1>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match reports.await {
                        Ok(items) if items.is_empty() => view! { <p class="empty" role="status">{t!(i18n, moderation_empty)}</p> }.into_any(),
                        Ok(items) => {
                            let reload = Callback::new(move |_: String| reports.refetch());
                            view! {
                                <ul class="reports">
                                    {items.into_iter().map(|item| view! { <ReportCard item reload /> }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                        Err(AppError::Unauthenticated) => view! { <SignInToContinue next="/moderation".to_owned() /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
