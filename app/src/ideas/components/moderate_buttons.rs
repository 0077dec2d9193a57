use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

/// Hide or restore, for the steering group.
#[component]
pub(crate) fn ModerateButtons(
    idea_id: IdeaId,
    comment_id: Option<CommentId>,
    hidden: bool,
    back: String,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Moderate>::new();
    view! {
        <ServerForm action id="moderate" class="inline-form moderate" on_success=reload scope=format!("mod{idea_id}-{}", comment_id.map_or(0, |c| c.0))>
            <input type="hidden" name="idea_id" value=idea_id />
            {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
            <input type="hidden" name="action" value=if hidden { "restore" } else { "hide" } />
            <input type="hidden" name="back" value=back />
            <button type="submit" class="button button-secondary button-small" data-action=if hidden { "restore" } else { "hide" }>
                {if hidden { t!(i18n, moderation_restore).into_any() } else { t!(i18n, moderation_hide).into_any() }}
            </button>
        </ServerForm>
    }
}
