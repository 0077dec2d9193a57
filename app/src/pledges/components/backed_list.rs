use super::pledge_what;
use crate::i18n::*;
use crate::pledges::api::backed_by;
use leptos::prelude::*;

/// On a person's page: what their organisation has backed (for partners; nothing otherwise).
#[component]
pub fn BackedList(person: i64) -> impl IntoView {
    let i18n = use_i18n();
    let backed = Resource::new(move || person, backed_by);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match backed.await {
                    Ok(pledges) if !pledges.is_empty() => view! {
                        <section class="backed" aria-labelledby="backed-title">
                            <h2 id="backed-title">{t!(i18n, pledge_org_backed)}</h2>
                            <ul data-testid="org-backed">
                                {pledges.into_iter().map(|p| {
                                    let what = pledge_what(i18n, &p);
                                    view! { <li><a href=format!("/ideas/{}", p.idea_id)>{p.idea_title.clone()}</a> " · " {what}</li> }
                                }).collect_view()}
                            </ul>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

/// [`BackedList`] as a part of a person's page.
pub fn person_backed_part((person, _mentor): (i64, bool)) -> AnyView {
    view! { <BackedList person /> }.into_any()
}
