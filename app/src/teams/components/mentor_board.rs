use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::AssignMentor;
use crate::teams::mentoring::MentorReason;
use crate::teams::{MentorBoard, MentorLoad};
use crate::ui::forms::{FieldErrorFor, ServerForm, Submit};
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// For the steering group: a team's mentors, the ranked suggestions with why, and assigning
/// any mentor (beyond capacity only when ticked).
#[component]
pub fn MentorBoardView(board: MentorBoard, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let assigned = move || query.with(|q| q.get("assigned").is_some());
    let action = ServerAction::<AssignMentor>::new();
    let team_id = board.team_id;
    view! {
        {move || assigned().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, mentors_assigned)}</p></div> })}
        <p class="meta">
            {t!(i18n, mentors_team)} " " <a href=format!("/teams/{team_id}")>{board.team_name.clone()}</a>
            " · " {t!(i18n, team_idea)} " " <a href=format!("/ideas/{}", board.idea_id)>{board.idea_title.clone()}</a>
        </p>
        <section class="panel" aria-labelledby="mentors-now-title">
            <h2 id="mentors-now-title">{t!(i18n, mentors_now)}</h2>
            {board.mentors.is_empty().then(|| view! { <p class="empty">{t!(i18n, mentors_none)}</p> })}
            <ul>
                {board.mentors.into_iter().map(|m| view! {
                    <li><PersonName person=m.person.clone() /> " · " <Load load=m.load() capacity=m.capacity /></li>
                }).collect_view()}
            </ul>
        </section>
        <section class="panel" aria-labelledby="mentors-suggested-title" data-testid="mentor-suggestions">
            <h2 id="mentors-suggested-title">{t!(i18n, mentors_suggested)}</h2>
            <p class="hint">{t!(i18n, mentors_suggested_hint)}</p>
            {board.suggestions.is_empty().then(|| view! { <p class="empty">{t!(i18n, mentors_no_suggestions)}</p> })}
            <ol class="suggestions">
                {board.suggestions.into_iter().map(|s| {
                    let name = s.name.clone();
                    view! {
                        <li class="suggestion">
                            <strong>{s.name.clone()}</strong> " · " <Load load=s.load capacity=s.capacity />
                            " · " {t!(i18n, mentors_score)} " " {s.score}
                            <ul class="reasons">
                                {s.reasons.into_iter().map(|r| view! { <li>{reason(i18n, r)}</li> }).collect_view()}
                            </ul>
                            <form method="post" action=AssignMentor::url() class="inline-form">
                                <input type="hidden" name="team_id" value=team_id />
                                <input type="hidden" name="mentor" value=s.id />
                                <button type="submit" class="button button-small"
                                    aria-label=format!("{} – {}", t_string!(i18n, mentors_assign), name)>{t!(i18n, mentors_assign)}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <section class="panel" aria-labelledby="mentors-any-title">
            <h2 id="mentors-any-title">{t!(i18n, mentors_any)}</h2>
            <ServerForm action id="assign_mentor" flash>
                <input type="hidden" name="team_id" value=team_id />
                <div class="field">
                    <label for="f-mentor">{t!(i18n, mentors_mentor)}</label>
                    <select id="f-mentor" name="mentor" aria-describedby="f-mentor-error">
                        <option value="">"—"</option>
                        {board.everyone.iter().map(|m| {
                            let full = m.load() >= m.capacity;
                            let label = format!("{} · {} / {}{}", m.person.name.clone().unwrap_or_default(), m.load(), m.capacity,
                                if full { format!(" · {}", t_string!(i18n, mentors_full)) } else { String::new() });
                            view! { <option value=m.person.id.to_string()>{label}</option> }
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="mentor" />
                </div>
                <div class="field field-check">
                    <input type="checkbox" id="f-beyond" name="beyond_capacity" value="on" />
                    <label for="f-beyond">{t!(i18n, mentors_beyond)}</label>
                </div>
                <Submit label=move || t_string!(i18n, mentors_assign) />
            </ServerForm>
            <p><a href="/mentors">{t!(i18n, mentors_load_title)}</a></p>
        </section>
    }
}

fn reason(i18n: leptos_i18n::I18nContext<Locale>, r: MentorReason) -> String {
    match r {
        MentorReason::Expertise { expertise, meets } => t_string!(i18n, mentors_reason_expertise)
            .replace("{expertise}", &expertise)
            .replace("{meets}", &meets),
        MentorReason::Sector(s) => format!(
            "{} {}",
            t_string!(i18n, mentors_reason_sector),
            s.label(i18n)
        ),
        MentorReason::Free(n) => format!("{} {n}", t_string!(i18n, mentors_reason_free)),
    }
}

/// "2 / 3 teams", marked when full.
#[component]
fn Load(load: i64, capacity: i64) -> impl IntoView {
    let i18n = use_i18n();
    let class = if load >= capacity {
        "load load-full"
    } else {
        "load"
    };
    view! {
        <span class=class>
            {t!(i18n, mentors_load)} " " {load.to_string()} " / " {capacity.to_string()}
        </span>
    }
}

/// Mentors' load as a table: expertise, teams against capacity, and the teams.
#[component]
pub fn MentorLoads(loads: Vec<MentorLoad>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {loads.is_empty().then(|| view! { <p class="empty">{t!(i18n, mentors_none)}</p> })}
        <div class="table-wrap">
            <table class="data-table" data-testid="mentor-loads">
                <caption>{t!(i18n, mentors_load_title)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, mentors_mentor)}</th>
                    <th scope="col">{t!(i18n, mentors_expertise)}</th>
                    <th scope="col">{t!(i18n, mentors_load)}</th>
                    <th scope="col">{t!(i18n, mentors_teams)}</th>
                </tr></thead>
                <tbody>
                    {loads.into_iter().map(|m| {
                        let load = m.load();
                        view! {
                            <tr>
                                <th scope="row"><PersonName person=m.person.clone() /></th>
                                <td>{m.expertise.clone()}</td>
                                <td><Load load capacity=m.capacity /></td>
                                <td>{m.teams.into_iter().map(|(id, name)| view! { <a href=format!("/teams/{id}")>{name}</a> " " }).collect_view()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
