use super::agenda_ics;
use super::provide_stars;
use super::ItemRow;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::island::{island_i18n, mark_live};
use leptos::prelude::*;

/// My agenda: an island, since a visitor's stars live in the browser.
#[island(lazy)]
pub fn AgendaView(program: Program) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let signed_in = program.signed_in;
    let stars = provide_stars(signed_in, program.starred.clone(), true);
    let program = StoredValue::new(program);
    view! {
        <p class="lead">{if signed_in { t_string!(i18n, fest_agenda_lead_account) } else { t_string!(i18n, fest_agenda_lead_browser) }}</p>
        {(!signed_in).then(|| view! { <noscript><p class="notice">{t!(i18n, fest_agenda_nojs)}</p></noscript> })}
        {move || {
            let ids = stars.ids.get();
            let p = program.get_value();
            let mine: Vec<Card> = p.items.iter().filter(|c| ids.contains(&c.id)).cloned().collect();
            if mine.is_empty() {
                view! { <p class="empty" role="status">{t!(i18n, fest_agenda_empty)} " " <a href="/festival">{t!(i18n, fest_program)}</a></p> }.into_any()
            } else {
                let ics = agenda_ics(&ids);
                view! {
                    <p><a class="button" href=ics download="my-festival-agenda.ics" data-testid="agenda-ics">{t!(i18n, fest_agenda_download)}</a></p>
                    <ul class="fest-list">
                        {mine.into_iter().map(|c| {
                            let venue = p.venue(c.venue_id).cloned();
                            view! { <ItemRow card=c venue show_address=true /> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
    }
}
