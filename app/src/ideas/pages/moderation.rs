use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::components::ReportCard;
use crate::ui::loader::Loaded;
use crate::ui::loader::Page;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------------------
#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let reports = Resource::new(|| (), |_| list_reports());
    view! {
        <Page title=move || t_string!(i18n, moderation_title)>
            <Loaded resource=reports view=move |items, _| {
                if items.is_empty() {
                    return view! { <p class="empty" role="status">{t!(i18n, moderation_empty)}</p> }.into_any();
                }
                let reload = Callback::new(move |_: String| reports.refetch());
                view! {
                    <ul class="reports">
                        {items.into_iter().map(|item| view! { <ReportCard item reload /> }).collect_view()}
                    </ul>
                }
                .into_any()
            } />
        </Page>
    }
}
