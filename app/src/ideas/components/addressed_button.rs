use crate::common::ids::CommentId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn AddressedButton(
    comment_id: CommentId,
    addressed: bool,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MarkAddressed>::new();
    view! {
        <ServerForm action id="mark_addressed" class="inline-form" on_success=reload scope=format!("addr{comment_id}")>
            <input type="hidden" name="comment_id" value=comment_id />
            <input type="hidden" name="addressed" value=if addressed { "false" } else { "true" } />
            <button type="submit" class="button button-small button-secondary" data-action="addressed">
                {if addressed { t!(i18n, feedback_reopen).into_any() } else { t!(i18n, feedback_mark_addressed).into_any() }}
            </button>
        </ServerForm>
    }
}
