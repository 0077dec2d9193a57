use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn FollowButton(id: IdeaId, following: bool, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<FollowIdea>::new();
    view! {
        <ServerForm action id="follow_idea" class="inline-form" on_success=reload scope=format!("follow{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=if following { "false" } else { "true" } />
            <button type="submit" class="button button-secondary" aria-pressed=if following { "true" } else { "false" }>
                {if following { t!(i18n, following).into_any() } else { t!(i18n, follow).into_any() }}
            </button>
        </ServerForm>
    }
}
