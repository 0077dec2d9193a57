use crate::i18n::*;
use crate::ideas::api::SetPublishingBlock;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

/// Stops a person from publishing, or lets them again (a small form, works without
/// JavaScript).
#[component]
pub fn BlockButton(user_id: i64, blocked: bool, name: String, back: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetPublishingBlock>::new();
    let label = move || {
        if blocked {
            t_string!(i18n, admin_unblock)
        } else {
            t_string!(i18n, admin_block)
        }
    };
    view! {
        <ServerForm action id="set_publishing_block" class="inline-form" scope=format!("block{user_id}")>
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="blocked" value=if blocked { "false" } else { "true" } />
            <input type="hidden" name="back" value=back />
            <button type="submit" class="button button-secondary button-small" aria-label=move || format!("{} – {}", label(), name) data-action=if blocked { "unblock" } else { "block" }>
                {label}
            </button>
        </ServerForm>
    }
}

/// [`BlockButton`] as a part of the administration page's slot for a person.
pub fn block_button_part((user_id, blocked, name, back): (i64, bool, String, String)) -> AnyView {
    view! { <BlockButton user_id blocked name back /> }.into_any()
}
