use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::ServerForm;
use crate::ui::island::{island_i18n, mark_live};
use leptos::prelude::*;

/// Follow an idea or stop following it; an island that changes in place with JavaScript.
#[island(lazy)]
pub fn FollowButton(id: IdeaId, following: bool) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let action = ServerAction::<FollowIdea>::new();
    let on = RwSignal::new(following);
    let toggled = Callback::new(move |_: String| on.update(|on| *on = !*on));
    view! {
        <ServerForm action id="follow_idea" class="inline-form" on_success=toggled scope=format!("follow{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=move || if on.get() { "false" } else { "true" } />
            <button type="submit" class="button button-secondary" aria-pressed=move || if on.get() { "true" } else { "false" }>
                {move || if on.get() { t!(i18n, following).into_any() } else { t!(i18n, follow).into_any() }}
            </button>
        </ServerForm>
    }
}
