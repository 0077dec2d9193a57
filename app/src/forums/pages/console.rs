use super::forum_id;
use crate::forums::api::get_forum_console;
use crate::forums::components::ConsoleView;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// The host's console
// ---------------------------------------------------------------------------------------
#[component]
pub fn ConsolePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = forum_id();
    let console = Resource::new(move || id.get(), get_forum_console);
    view! {
        <div class="container narrow forum-console">
            <Loaded
                resource=console
                error_title=Signal::derive(move || t_string!(i18n, fo_console).to_owned())
                view=move |console, flash| view! {
                    <Title text=format!("{} · {}", t_string!(i18n, fo_console), console.live.title) />
                    <p class="breadcrumbs"><a href=format!("/forums/{}", console.live.forum)>{console.live.title.clone()}</a></p>
                    <h1>{t!(i18n, fo_console)}</h1>
                    <ConsoleView console flash />
                } />
        </div>
    }
}
