use super::agenda_ics;
use super::provide_stars;
use super::ItemRow;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn AgendaView(program: Program) -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = program.signed_in;
    let stars = provide_stars(signed_in, program.starred.clone());
    let program = StoredValue::new(program);
    view! {
        <p class="lead">{if signed_in { t_string!(i18n, fest_agenda_lead_account) } else { t_string!(i18n, fest_agenda_lead_browser) }}</p>
        {(!signed_in).then(|| view! { <noscript><p class="notice">{t!(i18n, fest_agenda_nojs)}</p></noscript> })}
        {move || {
            let ids = stars.ids.get();
            let p = program.get_value();
            let mine: Vec<Card> = p.items.iter().filter(|c| ids.contains(&c.id)).cloned().collect();
            if mine.is_empty() {
                view! { <p class="empty" role="status">{t!(i18n, fest_agenda_empty)} " " <A href="/festival">{t!(i18n, fest_program)}</A></p> }.into_any()
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
