use crate::ideas::api::*;
use crate::ideas::components::IdeaView;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

// ---------------------------------------------------------------------------------------
// An idea's page
// ---------------------------------------------------------------------------------------
pub(crate) fn idea_id() -> Memo<crate::common::ids::IdeaId> {
    let params = use_params_map();
    Memo::new(move |_| {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse().ok())
                .unwrap_or_default()
        })
    })
}

#[component]
pub fn IdeaPage() -> impl IntoView {
    let id = idea_id();
    let query = use_query_map();
    // Which page of the discussion: `?before=ID` for earlier comments, `?comment=ID` for the
    // page holding a comment, `?feedback=1` for mentor feedback only.
    let page = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("before").and_then(|b| b.parse().ok()),
                q.get("feedback").is_some(),
                q.get("comment").and_then(|c| c.parse().ok()),
            )
        })
    });
    let idea = Resource::new(
        move || (id.get(), page.get()),
        |(id, (before, feedback, comment))| get_idea(id, before, feedback, comment),
    );
    view! {
        <div class="container idea-page">
            <Loaded resource=idea view=move |detail, flash| view! { <IdeaView detail flash reload=Callback::new(move |_: String| idea.refetch()) /> } />
        </div>
    }
}
