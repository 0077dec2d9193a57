use super::span;
use super::ConsentForm;
use super::DayGrid;
use super::EditionForm;
use super::ManageRow;
use super::PublishConfirm;
use super::SchedulePreview;
use super::UndoScheduleForm;
use super::VenueForm;
use crate::common::codes::I18n;
use crate::common::ids::InterventionId;
use crate::common::FormFlash;
use crate::festival::schedule::Conflict;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

// ---------------------------------------------------------------------------------------
// The steering group's desk
// ---------------------------------------------------------------------------------------
/// The sentence for a conflict, naming the other intervention, the person and the numbers.
pub(crate) fn conflict_sentence(i18n: I18n, code: &str, m: &Manage) -> String {
    let title = |id: InterventionId| {
        m.item(id)
            .map(|i| {
                format!(
                    "«{}» ({} {})",
                    i.card.title,
                    span(i.card.start, i.card.duration),
                    m.venue_name(i.card.venue_id)
                )
            })
            .unwrap_or_else(|| format!("#{id}"))
    };
    let person = |id: i64| m.person_name(id).unwrap_or_else(|| format!("#{id}"));
    match Conflict::from_code(code) {
        Some(Conflict::VenueBusy { other }) => {
            format!(
                "{} {}.",
                t_string!(i18n, fest_conflict_venue_busy),
                title(other)
            )
        }
        Some(Conflict::PersonBusy { person: p, other }) => format!(
            "{}: {} – {}.",
            t_string!(i18n, fest_conflict_person_busy),
            person(p),
            title(other)
        ),
        Some(Conflict::TooFarToWalk {
            person: p,
            other,
            need,
            have,
        }) => format!(
            "{}: {} – {}; {} {need} min, {} {have} min.",
            t_string!(i18n, fest_conflict_too_far),
            person(p),
            title(other),
            t_string!(i18n, fest_walk_needs),
            t_string!(i18n, fest_time_between)
        ),
        Some(Conflict::OutsideDay) => {
            let window = m
                .edition
                .as_ref()
                .map(|e| format!(" ({}–{})", hhmm(e.opens), hhmm(e.closes)))
                .unwrap_or_default();
            format!("{}{window}.", t_string!(i18n, fest_conflict_outside_day))
        }
        Some(Conflict::OverCapacity { audience, capacity }) => format!(
            "{}: {audience} > {capacity}.",
            t_string!(i18n, fest_conflict_capacity)
        ),
        Some(Conflict::NoConsent { refused: true }) => {
            t_string!(i18n, fest_conflict_refused).to_owned()
        }
        Some(Conflict::NoConsent { refused: false }) => {
            t_string!(i18n, fest_conflict_pending).to_owned()
        }
        Some(Conflict::UnknownVenue) | None => {
            t_string!(i18n, fest_conflict_unknown_venue).to_owned()
        }
    }
}

/// What the desk shows below its actions: one status's interventions, the day's grid, the
/// venues or the edition (from `?status=` or `?view=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskTab {
    Items(Status),
    Grid,
    Venues,
    Edition,
}

impl DeskTab {
    /// The tab a query asks for; `None` lets the desk open the first status with work in it.
    pub fn from_query(status: Option<String>, view: Option<String>) -> Option<DeskTab> {
        match view.as_deref() {
            Some("grid") => return Some(DeskTab::Grid),
            Some("venues") => return Some(DeskTab::Venues),
            Some("edition") => return Some(DeskTab::Edition),
            _ => {}
        }
        status
            .and_then(|s| Status::from_code(&s))
            .map(DeskTab::Items)
    }

    pub fn href(self) -> String {
        match self {
            DeskTab::Items(status) => format!("/festival/manage?status={}", status.code()),
            DeskTab::Grid => "/festival/manage?view=grid".into(),
            DeskTab::Venues => "/festival/manage?view=venues".into(),
            DeskTab::Edition => "/festival/manage?view=edition".into(),
        }
    }
}

/// What the desk page was asked for besides the tab.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeskAsk {
    pub tab: Option<DeskTab>,
    /// The auto-scheduler's preview, when asked for.
    pub preview: Option<crate::festival::schedule::Plan>,
    /// Publishing was asked for and waits for confirmation.
    pub confirm_publish: bool,
    /// The intervention chosen for the grid's placing form.
    pub chosen: Option<InterventionId>,
    /// A venue and a start chosen on the grid for it.
    pub at: Option<(crate::common::ids::VenueId, u32)>,
    /// The intervention just placed or moved (for the message).
    pub moved: Option<InterventionId>,
}

#[component]
pub(crate) fn Desk(m: Manage, flash: Option<FormFlash>, ask: DeskAsk) -> impl IntoView {
    let i18n = use_i18n();
    let m = StoredValue::new(m);
    let edition = m.with_value(|m| m.edition.clone());
    let Some(e) = edition else {
        return view! {
            <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p>
            <EditionForm edition=None flash />
        }
        .into_any();
    };
    let counts = m.with_value(|m| {
        Status::ALL.map(|s| (s, m.items.iter().filter(|i| i.card.status == s).count()))
    });
    let tab = ask.tab.unwrap_or_else(|| {
        counts
            .iter()
            .find(|(s, n)| *n > 0 && *s != Status::Cancelled)
            .map(|(s, _)| DeskTab::Items(*s))
            .unwrap_or(DeskTab::Grid)
    });
    let flagged = m.with_value(|m| m.flagged.clone());
    let accepted_unplaced = counts[1].1;
    let scheduled = counts[2].1;
    let last_run = m.with_value(|m| m.last_run);
    let tab_link = move |t: DeskTab, label: String| {
        let current = t == tab;
        view! { <a href=t.href() aria-current=current.then_some("page")>{label}</a> }
    };
    let body = match tab {
        DeskTab::Items(status) => {
            let items: Vec<ManageItem> = m.with_value(|m| {
                m.items
                    .iter()
                    .filter(|i| i.card.status == status)
                    .cloned()
                    .collect()
            });
            view! {
                <section aria-labelledby="items-title">
                    <h2 id="items-title">{move || status.label(i18n)} " (" {items.len()} ")"</h2>
                    {if items.is_empty() {
                        view! { <p class="empty">{t!(i18n, fest_desk_none)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="manage-list">
                                {items.into_iter().map(|item| view! { <ManageRow item m flash=flash.clone() /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            }
            .into_any()
        }
        DeskTab::Grid => {
            view! { <DayGrid m flash=flash.clone() chosen=ask.chosen at=ask.at /> }.into_any()
        }
        DeskTab::Venues => view! { <DeskVenues m flash=flash.clone() /> }.into_any(),
        DeskTab::Edition => view! {
            <section aria-labelledby="edition-title">
                <h2 id="edition-title">{t!(i18n, fest_edition)}</h2>
                <EditionForm edition=Some(e.clone()) flash=flash.clone() />
                <details>
                    <summary>{t!(i18n, fest_new_edition)}</summary>
                    <EditionForm edition=None flash=flash.clone() />
                </details>
            </section>
        }
        .into_any(),
    };
    let moved = ask.moved.and_then(|id| {
        m.with_value(|m| {
            let item = m.item(id)?;
            let venue = m.venue(item.card.venue_id)?;
            Some(format!(
                "«{}» · {} · {}",
                item.card.title,
                span(item.card.start, item.card.duration),
                venue.name
            ))
        })
    });
    view! {
        {moved.map(|text| view! {
            <div class="notice notice-success" role="status" data-testid="placed-notice"><p>{t!(i18n, fest_placed_done)} ": " {text}</p></div>
        })}
        <p class="lead">{e.title.clone()} " · " {e.day.clone()} " · " {hhmm(e.opens)} "–" {hhmm(e.closes)}
            " · " <A href="/festival">{t!(i18n, fest_program)}</A> " · " <A href="/festival/propose">{t!(i18n, fest_propose)}</A></p>
        {(!flagged.is_empty()).then(|| view! {
            <section class="notice notice-error" aria-labelledby="flagged-title">
                <h2 id="flagged-title">{t!(i18n, fest_flagged)}</h2>
                <ul>
                    {flagged.into_iter().map(|(id, code)| {
                        let (title, status) = m.with_value(|m| m.item(id).map(|i| (i.card.title.clone(), i.card.status)).unwrap_or((String::new(), Status::Scheduled)));
                        let text = m.with_value(|m| conflict_sentence(i18n, &code, m));
                        view! { <li><a href=format!("{}#item-{id}", DeskTab::Items(status).href())>{title}</a> ": " {text}</li> }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="fest-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{t!(i18n, fest_schedule_heading)}</h2>
            <div class="button-row">
                <div class="inline-form">
                    <p class="hint">{t!(i18n, fest_auto_hint)} " (" {accepted_unplaced} ")"</p>
                    <a class="button" href="/festival/manage?preview=1#preview" data-testid="auto-preview">{t!(i18n, fest_auto_preview)}</a>
                </div>
                {last_run.map(|n| view! { <UndoScheduleForm flash=flash.clone() placed=n /> })}
                <div class="inline-form">
                    <p class="hint">{t!(i18n, fest_publish_hint)} " (" {scheduled} ")"</p>
                    <a class="button" href="/festival/manage?confirm=publish#publish">{t!(i18n, fest_publish)} "…"</a>
                </div>
            </div>
        </section>
        {ask.preview.map(|plan| view! { <SchedulePreview plan m flash=flash.clone() /> })}
        {ask.confirm_publish.then(|| view! { <PublishConfirm m flash=flash.clone() /> })}
        <nav class="tabs desk-tabs" aria-label=move || t_string!(i18n, fest_desk_tabs)>
            {counts.into_iter().map(|(s, n)| tab_link(DeskTab::Items(s), format!("{} ({n})", s.label(i18n)))).collect_view()}
            {tab_link(DeskTab::Grid, t_string!(i18n, fest_grid).to_owned())}
            {tab_link(DeskTab::Venues, format!("{} ({})", t_string!(i18n, fest_venues), m.with_value(|m| m.venues.len())))}
            {tab_link(DeskTab::Edition, t_string!(i18n, fest_edition).to_owned())}
        </nav>
        {body}
    }
    .into_any()
}

/// The venues of the edition, with each owner's answer and a form to add one.
#[component]
fn DeskVenues(m: StoredValue<Manage>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section id="venues" aria-labelledby="venues-title">
            <h2 id="venues-title">{t!(i18n, fest_venues)} " (" {m.with_value(|m| m.venues.len())} ")"</h2>
            <div class="table-wrap">
                <table class="venues">
                    <thead><tr>
                        <th scope="col">{t!(i18n, fest_venue_name)}</th>
                        <th scope="col">{t!(i18n, fest_venue_address)}</th>
                        <th scope="col">{t!(i18n, fest_venue_capacity)}</th>
                        <th scope="col">{t!(i18n, fest_venue_consent)}</th>
                    </tr></thead>
                    <tbody>
                        {m.with_value(|m| m.venues.clone()).into_iter().map(|v| {
                            let consent = v.consent;
                            let v_full = v.clone();
                            view! {
                                <tr>
                                    <td>{v.name} {v.indoor.then(|| view! { " " <span class="badge">{t!(i18n, fest_indoor)}</span> })}</td>
                                    <td>{v.address}</td>
                                    <td>{v.capacity}</td>
                                    <td class=format!("consent-{}", consent.code())>
                                        {move || consent.label(i18n)}
                                        <ConsentForm v=v_full />
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <details class="add-venue">
                <summary>{t!(i18n, fest_add_venue)}</summary>
                <VenueForm flash />
            </details>
        </section>
    }
}
