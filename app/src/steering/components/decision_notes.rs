//! The steering group's recorded decisions, shown on the thing they are about (an idea, an
//! intervention, a workshop, an organisation). Nothing is shown when there are none.
use crate::common::ids::{IdeaId, InterventionId, OrganisationId, WorkshopId};
use crate::i18n::*;
use crate::steering::api::decisions_about;
use crate::steering::decisions::{DecisionNote, SubjectKind, Tally};
use crate::ui::format::date_of;
use leptos::prelude::*;

/// For the idea's page (its slot).
pub fn idea_decisions_part(id: IdeaId) -> AnyView {
    view! { <DecisionNotes kind=SubjectKind::Idea id=id.0 /> }.into_any()
}

/// For an organisation's page (its slot).
pub fn organisation_decisions_part(id: OrganisationId) -> AnyView {
    view! { <DecisionNotes kind=SubjectKind::Organisation id=id.0 /> }.into_any()
}

/// For a workshop's page (its slot).
pub fn workshop_decisions_part(id: WorkshopId) -> AnyView {
    view! { <DecisionNotes kind=SubjectKind::Workshop id=id.0 /> }.into_any()
}

/// For an intervention's page (its slot).
pub fn intervention_decisions_part(id: InterventionId) -> AnyView {
    view! { <DecisionNotes kind=SubjectKind::Intervention id=id.0 /> }.into_any()
}

#[component]
pub fn DecisionNotes(kind: SubjectKind, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let notes = Resource::new(
        move || id,
        move |id| decisions_about(kind.code().to_owned(), id),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let notes = notes.await.unwrap_or_default();
                (!notes.is_empty()).then(|| view! {
                    <section class="panel decision-notes" aria-labelledby="decision-notes" data-testid="decision-notes">
                        <h2 id="decision-notes">{t!(i18n, dec_on_thing)}</h2>
                        <ul class="plain-list">{notes.into_iter().map(note_view).collect_view()}</ul>
                    </section>
                })
            })}
        </Suspense>
    }
}

/// "2 agree, 0 disagree, 1 abstain" in the reader's language.
pub fn tally_text(i18n: crate::common::codes::I18n, tally: Tally) -> String {
    t_string!(i18n, dec_tally)
        .replace("{agree}", &tally.agree.to_string())
        .replace("{disagree}", &tally.disagree.to_string())
        .replace("{abstain}", &tally.abstain.to_string())
}

fn note_view(note: DecisionNote) -> impl IntoView {
    let i18n = use_i18n();
    let tally = tally_text(i18n, note.tally);
    view! {
        <li class="decision-note">
            <p><strong class=format!("outcome outcome-{}", note.outcome.code())>{note.outcome.label(i18n)}</strong>
                " · " {date_of(&note.decided_at)}</p>
            <p>{note.text.clone()}</p>
            <p class="meta">{tally}</p>
        </li>
    }
}
