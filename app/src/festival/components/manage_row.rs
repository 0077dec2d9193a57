use super::span;
use crate::common::codes::I18n;
use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::schedule::Unplaced;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;
use leptos_router::components::A;

pub(crate) fn unplaced_sentence(i18n: I18n, code: &str, m: &Manage) -> String {
    match Unplaced::from_code(code) {
        Some(Unplaced::LongerThanDay) => t_string!(i18n, fest_unplaced_longer).to_owned(),
        Some(Unplaced::NoVenueBigEnough { audience, largest }) => format!(
            "{}: {audience} > {largest}.",
            t_string!(i18n, fest_unplaced_capacity)
        ),
        Some(Unplaced::NoVenueWithConsent) => t_string!(i18n, fest_unplaced_consent).to_owned(),
        Some(Unplaced::NoFreeTime { person: Some(p) }) => {
            let name = m.person_name(p).unwrap_or_default();
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
) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.card.id;
    let status = item.card.status;
    let venue_name = |v: Option<crate::common::ids::VenueId>| {
        m.with_value(|m| m.venue(v).map(|x| x.name.clone()))
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
    let accept = ServerAction::<ReviewIntervention>::new();
    let cancel = ServerAction::<ReviewIntervention>::new();
    let sector = item.card.sector;
    let category = item.card.category;
    view! {
        <li class="manage-item" id=format!("item-{id}") data-testid="manage-item">
            <h3><A href=format!("/festival/i/{id}")>{item.card.title.clone()}</A></h3>
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
                    <ServerForm action=accept id="review_intervention" flash=None class="inline-form" scope=format!("a{id}")>
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="decision" value="accept" />
                        <Submit label=move || t_string!(i18n, fest_accept) />
                    </ServerForm>
                })}
                {matches!(status, Status::Accepted | Status::Scheduled | Status::Published).then(|| view! {
                    <a class="button button-secondary" data-testid="place-on-grid" href=format!("/festival/manage?view=grid&item={id}#place")>
                        {move || if status == Status::Accepted { t_string!(i18n, fest_place_on_grid) } else { t_string!(i18n, fest_move_on_grid) }}
                    </a>
                })}
                {(status != Status::Cancelled).then(|| view! {
                    <details class="cancel-item">
                        <summary>{t!(i18n, fest_cancel)}</summary>
                        <ServerForm action=cancel id="review_intervention" flash=flash.clone().filter(|f| f.values.iter().any(|(k, _)| k == "reason")) scope=format!("c{id}")>
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
