use super::ItemRow;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

/// The list grouped by hour, venue or sector.
#[component]
pub(crate) fn Arranged(program: Program, items: Vec<Card>, view: Arrange) -> impl IntoView {
    let i18n = use_i18n();
    let mut groups: Vec<(String, Option<String>, Vec<Card>)> = Vec::new();
    let mut push = |key: String, sub: Option<String>, card: Card| match groups
        .iter_mut()
        .find(|(k, _, _)| *k == key)
    {
        Some((_, _, list)) => list.push(card),
        None => groups.push((key, sub, vec![card])),
    };
    match view {
        Arrange::Time => {
            for card in items {
                let hour = card
                    .start
                    .map(|s| format!("{:02}:00", s / 60))
                    .unwrap_or_default();
                push(hour, None, card);
            }
        }
        Arrange::Venue => {
            let mut items = items;
            items.sort_by_key(|c| (program.venue(c.venue_id).map(|v| v.name.clone()), c.start));
            for card in items {
                let venue = program.venue(card.venue_id);
                push(
                    venue.map(|v| v.name.clone()).unwrap_or_default(),
                    venue.map(|v| v.address.clone()),
                    card,
                );
            }
        }
        Arrange::Sector => {
            for sector in crate::common::sectors::Sector::ALL {
                for card in items.iter().filter(|c| c.sector == sector) {
                    push(sector.label(i18n).to_owned(), None, card.clone());
                }
            }
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(n, (title, sub, cards))| {
            let id = format!("group-{n}");
            view! {
                <section class="fest-group" aria-labelledby=id.clone()>
                    <h2 id=id.clone()>{title}</h2>
                    {sub.map(|s| view! { <p class="meta">{s}</p> })}
                    <ul class="fest-list">
                        {cards.into_iter().map(|c| {
                            let venue = program.venue(c.venue_id).cloned();
                            view! { <ItemRow card=c venue show_address=view != Arrange::Venue /> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}
