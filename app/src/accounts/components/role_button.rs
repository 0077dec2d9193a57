use crate::accounts::api::SetRole;
use crate::common::Role;
use crate::i18n::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

/// One grant or revoke button: a small form, so it works without JavaScript.
#[component]
pub(crate) fn RoleButton(
    user_id: i64,
    role: Role,
    has: bool,
    name: String,
    q: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetRole>::new();
    let label = move || {
        let role = role.label(i18n);
        if has {
            format!("{}: {}", t_string!(i18n, admin_revoke), role)
        } else {
            format!("{}: {}", t_string!(i18n, admin_grant), role)
        }
    };
    let aria = {
        let name = name.clone();
        move || format!("{} – {}", label(), name)
    };
    view! {
        <ServerForm action id="set_role" class="inline-form">
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="role" value=role.code() />
            <input type="hidden" name="grant" value=if has { "false" } else { "true" } />
            <input type="hidden" name="q" value=q />
            <button
                type="submit"
                class=if has { "button button-secondary button-small" } else { "button button-small" }
                aria-label=aria
                data-action=format!("{}-{}", if has { "revoke" } else { "grant" }, role.code())
            >
                {label}
            </button>
        </ServerForm>
    }
}
