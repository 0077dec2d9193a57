use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::components::FilterForm;
use crate::ideas::components::IdeaResults;
use crate::ideas::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// The public list
// ---------------------------------------------------------------------------------------
#[component]
pub fn IdeasPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| IdeaFilter::from_params(|name| q.get(name))));
    let ideas = Resource::new(
        move || filter.get(),
        |f| {
            list_ideas(
                f.q.clone(),
                f.sector.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.stage.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.tag.clone().unwrap_or_default(),
                f.district.map(|d| d.code().to_owned()).unwrap_or_default(),
                f.needs.map(|n| n.code().to_owned()).unwrap_or_default(),
                f.sort.code().to_owned(),
                f.page.to_string(),
            )
        },
    );
    view! {
        <Title text=t_string!(i18n, ideas_title).to_owned() />
        <Meta name="description" content=t_string!(i18n, ideas_meta_description).to_owned() />
        <div class="container">
            <div class="page-head">
                <h1>{t!(i18n, ideas_title)}</h1>
                <a class="button" href="/ideas/new">{t!(i18n, idea_share_cta)}</a>
            </div>
            {move || view! { <FilterForm filter=filter.get() /> }}
            <Loaded resource=ideas view=move |list, _| view! { <IdeaResults list filter=filter.get_untracked() /> } />
        </div>
    }
}
