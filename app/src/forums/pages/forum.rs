use super::forum_id;
use crate::forums::api::get_forum;
use crate::forums::components::ForumView;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// A forum
// ---------------------------------------------------------------------------------------
#[component]
pub fn ForumPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = forum_id();
    let query = use_query_map();
    let page = Resource::new(move || id.get(), get_forum);
    let said = move |key: &str| query.with(|q| q.get(key));
    view! {
        <div class="container narrow forum-page">
            <div role="status" aria-live="polite">
                {move || said("created").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, fo_created)}</p></div>
                })}
                {move || said("added").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, fo_segment_added)}</p></div>
                })}
                {move || said("seat").map(|s| view! {
                    <div class="notice notice-success" data-testid="fo-registered"><p>
                        {if s == "waiting" { t!(i18n, ws_done_waiting).into_any() } else { t!(i18n, ws_you_registered).into_any() }}
                    </p></div>
                })}
                {move || said("reflected").map(|_| view! {
                    <div class="notice notice-success" data-testid="fo-reflected"><p>{t!(i18n, fo_reflection_saved)}</p></div>
                })}
                {move || said("case").map(|_| view! {
                    <div class="notice notice-success" data-testid="fo-case-brought"><p>{t!(i18n, fo_case_brought)}</p></div>
                })}
                {move || said("steps").map(|_| view! {
                    <div class="notice notice-success" data-testid="fo-steps-recorded"><p>{t!(i18n, fo_steps_recorded)}</p></div>
                })}
                {move || said("harvest").filter(|h| h == "part" || h == "unpart").map(|h| view! {
                    <div class="notice notice-success" data-testid="fo-part-notice"><p>
                        {if h == "part" { t!(i18n, fo_part_published).into_any() } else { t!(i18n, fo_part_unpublished).into_any() }}
                    </p></div>
                })}
                {move || said("cancelled").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, ws_done_cancelled)}</p></div>
                })}
            </div>
            <Loaded
                resource=page
                error_title=Signal::derive(move || t_string!(i18n, fo_title).to_owned())
                view=|page, flash| view! { <ForumView page flash /> } />
        </div>
    }
}
