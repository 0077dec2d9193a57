use super::span;
use super::ConflictMessages;
use crate::common::codes::I18n;
use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::schedule::Unplaced;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, ServerForm, Submit};
use leptos::prelude::*;
use leptos_router::components::A;

fn unplaced_sentence(i18n: I18n, code: &str, m: &Manage) -> String {
    match Unplaced::from_code(code) {
        Some(Unplaced::LongerThanDay) => t_string!(i18n, fest_unplaced_longer).to_owned(),
        Some(Unplaced::NoVenueBigEnough { audience, largest }) => format!(
            "{}: {audience} > {largest}.",
            t_string!(i18n, fest_unplaced_capacity)
        ),
        Some(Unplaced::NoVenueWithConsent) => t_string!(i18n, fest_unplaced_consent).to_owned(),
        Some(Unplaced::NoFreeTime { person: Some(p) }) => {
            let name = m
                .items
                .iter()
                .flat_map(|i| i.people.iter())
                .find(|x| x.id == p)
                .and_then(|x| x.name.clone())
                .unwrap_or_default();
            format!("{}: {name}.", t_string!(i18n, fest_unplaced_people))
        }
        Some(Unplaced::NoFreeTime { person: None }) | None => {
            t_string!(i18n, fest_unplaced_no_time).to_owned()
        }
    }
}

#[component]
pub(crate) fn ManageRow(
    item: ManageItem,
    m: StoredValue<Manage>,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.card.id;
    let status = item.card.status;
    let scope = format!("i{id}");
    let venue_name = |v: Option<crate::common::ids::VenueId>| {
        m.with_value(|m| {
            m.venues
                .iter()
                .find(|x| Some(x.id) == v)
                .map(|x| x.name.clone())
        })
    };
    let preferred: Vec<String> = item
        .preferred_venues
        .iter()
        .filter_map(|v| venue_name(Some(*v)))
        .collect();
    let placed_at = venue_name(item.card.venue_id);
    let note = item
        .note
        .clone()
        .map(|n| m.with_value(|m| unplaced_sentence(i18n, &n, m)));
    let place = ServerAction::<PlaceIntervention>::new();
    let accept = ServerAction::<ReviewIntervention>::new();
    let cancel = ServerAction::<ReviewIntervention>::new();
    // A failed placement without JavaScript comes back for this row only.
    let place_flash = flash.clone().filter(|f| {
        f.form == "place_intervention"
            && f.values
                .iter()
                .any(|(k, v)| k == "id" && *v == id.to_string())
    });
    let kept_venue = kept_value(place_flash.as_ref(), "place_intervention", "venue_id")
        .and_then(|v| v.parse().ok())
        .or(item.card.venue_id)
        .or_else(|| item.preferred_venues.first().copied());
    let start_value = kept_value(place_flash.as_ref(), "place_intervention", "start")
        .or_else(|| item.card.start.map(hhmm))
        .or_else(|| item.preferred_start.map(|(f, _)| hhmm(f)))
        .unwrap_or_default();
    let venues = m.with_value(|m| m.venues.clone());
    let sector = item.card.sector;
    let category = item.card.category;
    view! {
        <li class="manage-item" id=format!("item-{id}") data-testid="manage-item">
            <h4><A href=format!("/festival/i/{id}")>{item.card.title.clone()}</A></h4>
            <p class="meta">
                {item.card.team_name.clone()} " · " {move || sector.label(i18n)} " · " {move || category.label(i18n)}
                " · " {item.card.duration} " min (+" {item.setup} "/" {item.cleardown} ")" " · " {t!(i18n, fest_field_audience)} " " {item.audience}
            </p>
            {placed_at.map(|v| view! { <p class="placed" data-testid="placed-at"><strong>{span(item.card.start, item.card.duration)}</strong> " · " {v}</p> })}
            {(!item.people.is_empty()).then(|| view! {
                <p class="meta">{t!(i18n, fest_people)} ": " {item.people.iter().filter_map(|p| p.name.clone()).collect::<Vec<_>>().join(", ")}</p>
            })}
            {(!preferred.is_empty() || item.preferred_start.is_some()).then(|| view! {
                <p class="meta">{t!(i18n, fest_prefers)} ": " {preferred.join(", ")}
                    {item.preferred_start.map(|(f, t)| format!(" {}–{}", hhmm(f), hhmm(t)))}</p>
            })}
            {note.map(|n| view! { <p class="notice notice-warning" data-testid="unplaced-note">{t!(i18n, fest_not_placed_because)} " " {n}</p> })}
            {item.cancel_reason.clone().map(|r| view! { <p class="meta">{t!(i18n, fest_status_cancelled)} ": " {r}</p> })}
            <div class="manage-actions">
                {(status == Status::Proposed).then(|| view! {
                    <ServerForm action=accept id="review_intervention" flash=None on_success=reload class="inline-form" scope=format!("a{id}")>
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="decision" value="accept" />
                        <Submit label=move || t_string!(i18n, fest_accept) />
                    </ServerForm>
                })}
                {matches!(status, Status::Accepted | Status::Scheduled | Status::Published).then(|| view! {
                    <ServerForm action=place id="place_intervention" flash=place_flash.clone() on_success=reload class="place-form" scope=scope.clone()>
                        <input type="hidden" name="id" value=id />
                        <ConflictMessages m />
                        <div class="field">
                            <label for=format!("f-{scope}-venue_id")>{t!(i18n, fest_venue)}</label>
                            <select id=format!("f-{scope}-venue_id") name="venue_id">
                                {venues.iter().map(|v| view! {
                                    <option value=v.id selected=Some(v.id) == kept_venue>{v.name.clone()} " (" {v.capacity} ")"</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <Field name="start" kind="time" label=move || t_string!(i18n, fest_start) value=start_value.clone() required=true />
                        <Submit label=move || if status == Status::Accepted { t_string!(i18n, fest_place) } else { t_string!(i18n, fest_move) } secondary=true />
                    </ServerForm>
                })}
                {(status != Status::Cancelled).then(|| view! {
                    <details class="cancel-item">
                        <summary>{t!(i18n, fest_cancel)}</summary>
                        <ServerForm action=cancel id="review_intervention" flash=flash.clone().filter(|f| f.values.iter().any(|(k, _)| k == "reason")) on_success=reload scope=format!("c{id}")>
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="decision" value="cancel" />
                            <Field name="reason" label=move || t_string!(i18n, fest_cancel_reason) required=true maxlength=REASON_MAX />
                            <Submit label=move || t_string!(i18n, fest_cancel) secondary=true />
                        </ServerForm>
                    </details>
                })}
            </div>
        </li>
    }
}
