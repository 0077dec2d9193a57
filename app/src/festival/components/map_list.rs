use super::filtered;
use super::provide_stars;
use super::shown_count;
use super::ItemRow;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

/// The same content as the map, as a list with addresses (all there is without JavaScript).
#[component]
pub(crate) fn MapList(program: Program, filter: Memo<ProgramFilter>) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(program.signed_in, program.starred.clone(), false);
    let program = StoredValue::new(program);
    move || {
        let f = filter.get();
        let p = program.get_value();
        let items = filtered(&p, &f);
        view! {
            <h2 class="map-list-title">{t!(i18n, fest_map_list)}</h2>
            {shown_count(&items)}
            <ul class="fest-list map-list">
                {items.into_iter().map(|c| {
                    let venue = p.venue(c.venue_id).cloned();
                    view! { <ItemRow card=c venue show_address=true /> }
                }).collect_view()}
            </ul>
        }
    }
}
