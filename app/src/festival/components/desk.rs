use super::span;
use super::AutoScheduleForm;
use super::ConsentForm;
use super::EditionForm;
use super::ManageRow;
use super::PublishForm;
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
        m.items
            .iter()
            .find(|i| i.card.id == id)
            .map(|i| {
                let venue = m
                    .venues
                    .iter()
                    .find(|v| Some(v.id) == i.card.venue_id)
                    .map(|v| v.name.clone())
                    .unwrap_or_default();
                format!(
                    "«{}» ({} {})",
                    i.card.title,
                    span(i.card.start, i.card.duration),
                    venue
                )
            })
            .unwrap_or_else(|| format!("#{id}"))
    };
    let person = |id: i64| {
        m.items
            .iter()
            .flat_map(|i| i.people.iter())
            .find(|p| p.id == id)
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
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

#[component]
pub(crate) fn Desk(m: Manage, flash: Option<FormFlash>, reload: Callback<String>) -> impl IntoView {
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
    let flagged = m.with_value(|m| m.flagged.clone());
    let accepted_unplaced = counts[1].1;
    let scheduled = counts[2].1;
    view! {
        <p class="lead">{e.title.clone()} " · " {e.day.clone()} " · " {hhmm(e.opens)} "–" {hhmm(e.closes)}
            " · " <A href="/festival">{t!(i18n, fest_program)}</A> " · " <A href="/festival/propose">{t!(i18n, fest_propose)}</A></p>
        <ul class="fest-counts">
            {counts.into_iter().map(|(s, n)| view! { <li>{move || s.label(i18n)} ": " <strong>{n}</strong></li> }).collect_view()}
        </ul>
        {(!flagged.is_empty()).then(|| view! {
            <section class="notice notice-error" aria-labelledby="flagged-title">
                <h2 id="flagged-title">{t!(i18n, fest_flagged)}</h2>
                <ul>
                    {flagged.into_iter().map(|(id, code)| {
                        let title = m.with_value(|m| m.items.iter().find(|i| i.card.id == id).map(|i| i.card.title.clone()).unwrap_or_default());
                        let text = m.with_value(|m| conflict_sentence(i18n, &code, m));
                        view! { <li><a href=format!("#item-{id}")>{title}</a> ": " {text}</li> }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="fest-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{t!(i18n, fest_schedule_heading)}</h2>
            <div class="button-row">
                <AutoScheduleForm flash=flash.clone() count=accepted_unplaced />
                <PublishForm flash=flash.clone() count=scheduled />
            </div>
        </section>
        <section aria-labelledby="items-title">
            <h2 id="items-title">{t!(i18n, fest_interventions)}</h2>
            {Status::ALL.into_iter().map(|status| {
                let items: Vec<ManageItem> = m.with_value(|m| m.items.iter().filter(|i| i.card.status == status).cloned().collect());
                let heading = format!("status-{}", status.code());
                (!items.is_empty()).then(|| view! {
                    <h3 id=heading>{move || status.label(i18n)} " (" {items.len()} ")"</h3>
                    <ul class="manage-list">
                        {items.into_iter().map(|item| view! { <ManageRow item m flash=flash.clone() reload /> }).collect_view()}
                    </ul>
                })
            }).collect_view()}
        </section>
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
                <VenueForm flash=flash.clone() />
            </details>
        </section>
        <section aria-labelledby="edition-title">
            <h2 id="edition-title">{t!(i18n, fest_edition)}</h2>
            <EditionForm edition=Some(e) flash=flash.clone() />
            <details>
                <summary>{t!(i18n, fest_new_edition)}</summary>
                <EditionForm edition=None flash />
            </details>
        </section>
    }
    .into_any()
}
