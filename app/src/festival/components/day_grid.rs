use super::span;
use super::ConflictMessages;
use crate::common::ids::{InterventionId, VenueId};
use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::schedule::Consent;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{kept_value, Field, ServerForm, Submit};
use leptos::prelude::*;

/// The link that chooses an intervention for the placing form (and, from a free cell, a venue
/// and a time as well).
fn choose_href(id: InterventionId, at: Option<(VenueId, u32)>) -> String {
    match at {
        Some((venue, start)) => format!(
            "/festival/manage?view=grid&item={id}&venue={venue}&at={}#place",
            hhmm(start)
        ),
        None => format!("/festival/manage?view=grid&item={id}#place"),
    }
}

/// The festival day as a venue × time table: every placed intervention in the cells of its
/// public time, conflicts marked; above it the form that places or moves one. Choosing an
/// intervention (from the table, the list of those waiting or the desk's rows) fills the form
/// and turns the free cells into "place here" links.
#[component]
pub(crate) fn DayGrid(
    m: StoredValue<Manage>,
    flash: Option<FormFlash>,
    chosen: Option<InterventionId>,
    at: Option<(VenueId, u32)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (opens, closes) = m.with_value(|m| {
        m.edition
            .as_ref()
            .map(|e| (e.opens, e.closes))
            .unwrap_or((600, 1320))
    });
    let columns = grid_columns(opens, closes);
    let rows = m.with_value(|m| {
        let flagged: Vec<InterventionId> = m.flagged.iter().map(|(id, _)| *id).collect();
        m.venues
            .iter()
            .map(|v| {
                let items: Vec<GridItem> = m
                    .items
                    .iter()
                    .filter(|i| {
                        matches!(i.card.status, Status::Scheduled | Status::Published)
                            && i.card.venue_id == Some(v.id)
                    })
                    .filter_map(|i| {
                        Some(GridItem {
                            id: i.card.id,
                            start: i.card.start?,
                            duration: i.card.duration,
                            conflict: flagged.contains(&i.card.id),
                        })
                    })
                    .collect();
                (v.clone(), grid_row(opens, closes, &items))
            })
            .collect::<Vec<_>>()
    });
    let card_of = move |id: InterventionId| m.with_value(|m| m.item(id).map(|i| i.card.clone()));
    let waiting: Vec<ManageItem> = m.with_value(|m| {
        m.items
            .iter()
            .filter(|i| i.card.status == Status::Accepted)
            .cloned()
            .collect()
    });
    let chosen_title = chosen.and_then(card_of).map(|c| c.title);
    view! {
        <section aria-labelledby="grid-title" class="desk-grid">
            <h2 id="grid-title">{t!(i18n, fest_grid)}</h2>
            <p class="hint">{t!(i18n, fest_grid_hint)}</p>
            <h3 id="place" tabindex="-1">{t!(i18n, fest_place_or_move)}</h3>
            <PlaceForm m flash chosen at />
            {(!waiting.is_empty()).then(|| view! {
                <details class="waiting" open=chosen.is_none()>
                    <summary>{t!(i18n, fest_waiting)} " (" {waiting.len()} ")"</summary>
                    <ul data-testid="grid-waiting">
                        {waiting.into_iter().map(|i| {
                            let note = i.note.clone().map(|n| m.with_value(|m| super::unplaced_sentence(i18n, &n, m)));
                            view! {
                                <li>
                                    <a href=choose_href(i.card.id, None)>{i.card.title.clone()}</a>
                                    " · " {i.card.duration} " min · " {t!(i18n, fest_field_audience)} " " {i.audience}
                                    {note.map(|n| view! { <br /><span class="meta">{n}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            })}
            {chosen_title.map(|t| view! {
                <p class="hint" role="status">{t!(i18n, fest_grid_chosen)} " «" {t} "»."</p>
            })}
            <div class="table-wrap day-grid-wrap" role="region" aria-labelledby="grid-caption" tabindex="0">
                <table class="day-grid" data-testid="day-grid">
                    <caption id="grid-caption">{t!(i18n, fest_grid_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, fest_venue)}</th>
                            {columns.iter().map(|c| view! { <th scope="col">{hhmm(*c)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(v, cells)| {
                            let consent = v.consent;
                            let venue_id = v.id;
                            let venue_name = v.name.clone();
                            view! {
                                <tr>
                                    <th scope="row">
                                        {v.name.clone()} " " <span class="meta">{v.capacity}</span>
                                        {(consent != Consent::Yes).then(|| view! { " " <span class=format!("badge consent-{}", consent.code())>{move || consent.label(i18n)}</span> })}
                                    </th>
                                    {cells.into_iter().map(|cell| match cell {
                                        GridCell::Free { start } => match chosen {
                                            Some(id) if consent != Consent::No => view! {
                                                <td class="free">
                                                    <a href=choose_href(id, Some((venue_id, start))) tabindex="-1"
                                                       aria-label=format!("{} {}, {}", t_string!(i18n, fest_place_here), venue_name, hhmm(start))>"+"</a>
                                                </td>
                                            }.into_any(),
                                            _ => view! { <td class="free"></td> }.into_any(),
                                        },
                                        GridCell::Busy { columns, items, conflict } => view! {
                                            <td colspan=columns class=if conflict { "busy conflict" } else { "busy" }>
                                                {conflict.then(|| view! { <strong class="badge badge-conflict">{t!(i18n, fest_conflict)}</strong> " " })}
                                                {items.into_iter().map(|g| {
                                                    let (title, lang) = card_of(g.id).map(|c| (c.title, c.lang)).unwrap_or_default();
                                                    let current = Some(g.id) == chosen;
                                                    view! {
                                                        <a href=choose_href(g.id, None) class="grid-item" aria-current=current.then_some("true")>
                                                            <span class="grid-time">{span(Some(g.start), g.duration)}</span> " " <span lang=other_lang(&lang)>{title}</span>
                                                        </a>
                                                    }
                                                }).collect_view()}
                                            </td>
                                        }.into_any(),
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Places or moves one intervention: which, where and when, refused with every conflict named.
#[component]
fn PlaceForm(
    m: StoredValue<Manage>,
    flash: Option<FormFlash>,
    chosen: Option<InterventionId>,
    at: Option<(VenueId, u32)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PlaceIntervention>::new();
    let kept = |name: &str| kept_value(flash.as_ref(), "place_intervention", name);
    let chosen = kept("id").and_then(|v| v.parse().ok()).or(chosen);
    let item = chosen.and_then(|id| m.with_value(|m| m.item(id).cloned()));
    let venue = kept("venue_id")
        .and_then(|v| v.parse().ok())
        .or(at.map(|(v, _)| v))
        .or(item.as_ref().and_then(|i| i.card.venue_id))
        .or(item
            .as_ref()
            .and_then(|i| i.preferred_venues.first().copied()));
    let start = at
        .map(|(_, s)| hhmm(s))
        .or(item.as_ref().and_then(|i| i.card.start.map(hhmm)))
        .or(item
            .as_ref()
            .and_then(|i| i.preferred_start.map(|(f, _)| hhmm(f))))
        .unwrap_or_default();
    let groups: Vec<(Status, Vec<(InterventionId, String)>)> = m.with_value(|m| {
        [Status::Accepted, Status::Scheduled, Status::Published]
            .into_iter()
            .map(|s| {
                let items = m
                    .items
                    .iter()
                    .filter(|i| i.card.status == s)
                    .map(|i| {
                        let when = span(i.card.start, i.card.duration);
                        let label = if when.is_empty() {
                            i.card.title.clone()
                        } else {
                            format!("{} ({when})", i.card.title)
                        };
                        (i.card.id, label)
                    })
                    .collect();
                (s, items)
            })
            .collect()
    });
    let venues = m.with_value(|m| m.venues.clone());
    view! {
        <ServerForm action id="place_intervention" flash=flash.clone() class="place-form" scope="grid">
            <ConflictMessages m />
            <div class="field-row">
                <div class="field">
                    <label for="f-grid-id">{t!(i18n, fest_intervention)}</label>
                    <select id="f-grid-id" name="id">
                        {groups.into_iter().filter(|(_, items)| !items.is_empty()).map(|(s, items)| view! {
                            <optgroup label=s.label(i18n)>
                                {items.into_iter().map(|(id, label)| view! {
                                    <option value=id selected=Some(id) == chosen>{label}</option>
                                }).collect_view()}
                            </optgroup>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-grid-venue_id">{t!(i18n, fest_venue)}</label>
                    <select id="f-grid-venue_id" name="venue_id">
                        {venues.into_iter().map(|v| view! {
                            <option value=v.id selected=Some(v.id) == venue>{v.name.clone()} " (" {v.capacity} ")"</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field name="start" kind="time" label=move || t_string!(i18n, fest_start) value=start required=true />
            </div>
            <Submit label=move || t_string!(i18n, fest_place) />
        </ServerForm>
    }
}
