use crate::festival::api::*;
use crate::festival::components::NoEdition;
use crate::festival::components::ProgramView;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// The program
// ---------------------------------------------------------------------------------------
pub(crate) fn use_filter() -> Memo<ProgramFilter> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| ProgramFilter::from_params(|name| q.get(name))))
}

#[component]
pub fn ProgramPage() -> impl IntoView {
    let i18n = use_i18n();
    let filter = use_filter();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Title text=t_string!(i18n, fest_title).to_owned() />
        <Meta name="description" content=t_string!(i18n, fest_meta_description).to_owned() />
        <div class="container festival-page">
            <Loaded resource=program view=move |program, _| match program {
                Some(p) => view! { <ProgramView program=p filter /> }.into_any(),
                None => view! { <NoEdition /> }.into_any(),
            } />
        </div>
    }
}
