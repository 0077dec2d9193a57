use super::forum_id;
use crate::forums::api::get_seating_cards;
use crate::forums::SeatingCards;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// Seating cards and table lists, to print (hosts)
// ---------------------------------------------------------------------------------------
#[component]
pub fn CardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = forum_id();
    let cards = Resource::new(move || id.get(), get_seating_cards);
    view! {
        <div class="container seating-print">
            <Loaded
                resource=cards
                error_title=Signal::derive(move || t_string!(i18n, fo_cards).to_owned())
                view=move |cards: SeatingCards, _| view! {
                    <Title text=format!("{} · {}", t_string!(i18n, fo_cards), cards.title) />
                    <p class="breadcrumbs no-print"><a href=format!("/forums/{}/console", cards.forum)>{t!(i18n, fo_console)}</a></p>
                    <h1>{t!(i18n, fo_cards)} ": " {cards.title.clone()}</h1>
                    {cards.cafes.is_empty().then(|| view! { <p class="empty">{t!(i18n, fo_cards_none)}</p> })}
                    {cards.cafes.into_iter().map(|cafe| view! {
                        <section class="print-tables">
                            {cafe.rounds.into_iter().enumerate().map(|(r, tables)| {
                                let question = cafe.segment.question(r as u32 + 1).unwrap_or_default().to_owned();
                                tables.into_iter().map(|t| view! {
                                    <article class="print-page table-sheet">
                                        <h2>{t!(i18n, fo_round)} " " {r + 1} " · " {t!(i18n, fo_table)} " " {t.table}</h2>
                                        <p class="live-question">{question.clone()}</p>
                                        {t.host.clone().map(|h| view! { <p class="table-host">{h} " · " {t!(i18n, fo_table_host)}</p> })}
                                        <ul>{t.people.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                                    </article>
                                }).collect_view()
                            }).collect_view()}
                        </section>
                        <section class="print-cards">
                            <h2 class="no-print">{t!(i18n, fo_cards_people)}</h2>
                            <ul class="seat-cards">
                                {cafe.cards.into_iter().map(|(name, tables)| view! {
                                    <li class="seat-card">
                                        <strong>{name}</strong>
                                        <ol>{tables.into_iter().map(|t| view! {
                                            <li>{t!(i18n, fo_table)} " " {t.map(|t| t.to_string()).unwrap_or_else(|| "–".into())}</li>
                                        }).collect_view()}</ol>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                } />
        </div>
    }
}
