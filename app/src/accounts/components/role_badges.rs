use crate::common::Role;
use crate::i18n::*;
use leptos::prelude::*;

/// Role badges, e.g. "Mentor".
#[component]
pub fn RoleBadges(roles: Vec<Role>) -> impl IntoView {
    let i18n = use_i18n();
    roles
        .into_iter()
        .map(|role| {
            view! {
                <span class=format!("badge badge-{}", role.code()) data-role=role.code()>
                    {move || role.label(i18n)}
                </span>
            }
        })
        .collect_view()
}
