use crate::i18n::*;
use crate::teams::api::{get_mentor_board, mentor_loads};
use crate::teams::components::{MentorBoardView, MentorLoads};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// Assigning a team's mentor (the steering group)
// ---------------------------------------------------------------------------------------
#[component]
pub fn TeamMentorsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = super::team::team_id();
    let board = Resource::new(move || id.get(), get_mentor_board);
    view! {
        <Page title=move || t_string!(i18n, mentors_assign_title) class="mentors-page">
            <Loaded resource=board view=move |board, flash| view! { <MentorBoardView board flash /> } />
        </Page>
    }
}

// ---------------------------------------------------------------------------------------
// Mentors' load: everyone's for the steering group, one's own for a mentor
// ---------------------------------------------------------------------------------------
#[component]
pub fn MentorLoadsPage() -> impl IntoView {
    let i18n = use_i18n();
    let loads = Resource::new(|| (), |_| mentor_loads());
    view! {
        <Page title=move || t_string!(i18n, mentors_load_title) class="mentors-page">
            <p class="lead">{t!(i18n, mentors_load_lead)}</p>
            <Loaded resource=loads view=move |loads, _| view! { <MentorLoads loads /> } />
        </Page>
    }
}
