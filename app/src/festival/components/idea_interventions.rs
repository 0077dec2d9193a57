use super::span;
use crate::common::ids::IdeaId;
use crate::festival::api::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// On an idea's page: the interventions that grew from it.
#[component]
pub fn IdeaInterventions(idea_id: IdeaId) -> impl IntoView {
    let i18n = use_i18n();
    let items = Resource::new(move || idea_id, idea_interventions);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match items.await {
                    Ok(list) if !list.is_empty() => view! {
                        <section class="idea-interventions" aria-labelledby="idea-interventions-title">
                            <h2 id="idea-interventions-title">{t!(i18n, fest_idea_heading)}</h2>
                            <ul>
                                {list.into_iter().map(|c| {
                                    let status = c.status;
                                    view! {
                                        <li>
                                            <A href=format!("/festival/i/{}", c.id)>{c.title}</A>
                                            " · " {span(c.start, c.duration)} " "
                                            <span class="badge">{move || status.label(i18n)}</span>
                                        </li>
                                    }
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

/// [`IdeaInterventions`] as a part of an idea's page.
pub fn idea_interventions_part(idea_id: IdeaId) -> AnyView {
    view! { <IdeaInterventions idea_id /> }.into_any()
}
