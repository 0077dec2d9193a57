use crate::accounts::api::admin_search_people;
use crate::accounts::components::AdminContent;
use crate::common::error::AppError;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || query.with(|m| m.get("q").unwrap_or_default());
    let people = Resource::new(q, admin_search_people);
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, admin_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, admin_title)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s: SessionInfo| s.flash);
                    match people.await {
                        Ok(people) => view! { <AdminContent people flash q=q() /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! {
                            <div class="notice" role="status">
                                <p>{t!(i18n, sign_in_needed)}</p>
                                <p><a class="button" href="/login?next=/admin">{t!(i18n, nav_login)}</a></p>
                            </div>
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
