use super::span;
use super::unplaced_sentence;
use super::AutoScheduleForm;
use crate::common::codes::I18n;
use crate::common::ids::{InterventionId, VenueId};
use crate::common::FormFlash;
use crate::festival::schedule::{Bend, Nearest, Plan};
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

/// The nearest slot found for an intervention left out, and the one rule it bends there.
fn nearest_sentence(i18n: I18n, near: &Nearest, m: &Manage) -> String {
    let venue = m
        .venue(Some(near.slot.venue))
        .map(|v| format!("{} ({})", v.name, v.capacity))
        .unwrap_or_default();
    let bends = match near.bends {
        Bend::Capacity { capacity } => {
            format!("{} {capacity}", t_string!(i18n, fest_bend_capacity))
        }
        Bend::Consent => t_string!(i18n, fest_bend_consent).to_owned(),
        Bend::Person { person } => {
            let name = m.person_name(person).unwrap_or_default();
            format!("{}: {name}", t_string!(i18n, fest_bend_person))
        }
    };
    format!(
        "{} {venue}, {} — {bends}.",
        t_string!(i18n, fest_nearest),
        hhmm(near.slot.start)
    )
}

/// What the auto-scheduler would do, before it does it: each placement, each intervention it
/// would leave out with the reason and the nearest slot it found, then apply or go back.
#[component]
pub(crate) fn SchedulePreview(
    plan: Plan,
    m: StoredValue<Manage>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move |id: InterventionId| {
        m.with_value(|m| {
            m.item(id)
                .map(|i| (i.card.title.clone(), i.card.duration))
                .unwrap_or_default()
        })
    };
    let venue = move |id: VenueId| m.with_value(|m| m.venue_name(Some(id)));
    let placed = plan.placed.len();
    let left = plan.unplaced.len();
    view! {
        <section id="preview" class="preview" aria-labelledby="preview-title" data-testid="schedule-preview">
            <h2 id="preview-title">{t!(i18n, fest_preview_title)}</h2>
            <p>{t!(i18n, fest_preview_would_place)} ": " <strong data-testid="preview-placed">{placed}</strong>
                ". " {t!(i18n, fest_auto_left)} ": " <strong>{left}</strong> ". " {t!(i18n, fest_preview_nothing_yet)}</p>
            {(placed > 0).then(|| view! {
                <h3>{t!(i18n, fest_preview_places)}</h3>
                <ul class="preview-list">
                    {plan.placed.iter().map(|(id, slot)| {
                        let (t, duration) = title(*id);
                        view! { <li><strong>{span(Some(slot.start), duration)}</strong> " · " {venue(slot.venue)} " · " {t}</li> }
                    }).collect_view()}
                </ul>
            })}
            {(left > 0).then(|| view! {
                <h3>{t!(i18n, fest_preview_leaves)}</h3>
                <ul class="preview-list">
                    {plan.unplaced.iter().map(|(id, reason)| {
                        let (t, _) = title(*id);
                        let why = m.with_value(|m| unplaced_sentence(i18n, &reason.code(), m));
                        let near = plan.nearest.iter().find(|(n, _)| n == id).map(|(_, n)| *n);
                        view! {
                            <li>
                                <strong>{t}</strong> ": " {why}
                                {near.map(|n| {
                                    let text = m.with_value(|m| nearest_sentence(i18n, &n, m));
                                    let href = format!("/festival/manage?view=grid&item={id}&venue={}&at={}#place", n.slot.venue, hhmm(n.slot.start));
                                    view! { <br /><span class="meta">{text}</span> " " <a href=href>{t!(i18n, fest_place_there)}</a> }
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <div class="button-row">
                {(placed > 0).then(|| view! { <AutoScheduleForm flash count=placed /> })}
                <a class="button button-secondary" href="/festival/manage">{t!(i18n, fest_back_to_desk)}</a>
            </div>
        </section>
    }
}
