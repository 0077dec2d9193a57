use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use leptos::prelude::*;
use leptos_router::components::A;

// ---------------------------------------------------------------------------------------
// Forming a team
// ---------------------------------------------------------------------------------------
/// On an idea's page: its team, or the way to form one.
#[component]
pub fn IdeaTeamBox(idea_id: IdeaId) -> impl IntoView {
    let i18n = use_i18n();
    let team = Resource::new(move || idea_id, team_of_idea);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match team.await {
                    Ok(IdeaTeam { team: Some((id, name)), .. }) => view! {
                        <section class="idea-team" aria-labelledby="idea-team-title">
                            <h2 id="idea-team-title">{t!(i18n, team_heading)}</h2>
                            <p><A href=format!("/teams/{id}")>{name}</A></p>
                        </section>
                    }.into_any(),
                    Ok(IdeaTeam { team: None, may_form: true, .. }) => view! {
                        <section class="idea-team" aria-labelledby="idea-team-title">
                            <h2 id="idea-team-title">{t!(i18n, team_heading)}</h2>
                            <p>{t!(i18n, team_form_invite)}</p>
                            <p><a class="button" href=format!("/teams/new?idea={idea_id}")>{t!(i18n, team_form)}</a></p>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

/// [`IdeaTeamBox`] as a part of an idea's page.
pub fn idea_team_part(idea_id: IdeaId) -> AnyView {
    view! { <IdeaTeamBox idea_id /> }.into_any()
}
