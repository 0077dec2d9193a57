use super::forum_id;
use crate::forums::api::get_live_forum;
use crate::forums::components::LiveForumView;
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// A participant's phone during the forum
// ---------------------------------------------------------------------------------------
#[component]
pub fn LivePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = forum_id();
    let live = Resource::new(move || id.get(), get_live_forum);
    view! {
        <div class="container narrow forum-live">
            <Loaded
                resource=live
                error_title=Signal::derive(move || t_string!(i18n, fo_title).to_owned())
                view=move |live, flash| view! {
                    <Title text=format!("{} · {}", live.title, t_string!(i18n, fo_live)) />
                    <p class="breadcrumbs"><a href=format!("/forums/{}", live.forum)>{t!(i18n, fo_about)}</a></p>
                    <h1 lang=other_lang(&live.lang)>{live.title.clone()}</h1>
                    <LiveForumView live screen=false flash />
                } />
        </div>
    }
}
