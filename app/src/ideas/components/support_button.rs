use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::ServerForm;
use crate::ui::island::{island_i18n, mark_live};
use leptos::prelude::*;

/// The support count, and for a person who may publish the button that gives or takes back
/// their support. A visitor sees the count and a sign-in link: plain markup, no code to load.
#[component]
pub(crate) fn SupportButton(
    id: IdeaId,
    supported: bool,
    count: i64,
    may_publish: bool,
    signed_in: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if may_publish {
        return view! { <SupportToggle id supported count /> }.into_any();
    }
    view! {
        <span class="support-count" data-testid="support-count">{t!(i18n, supports_label)} ": " {count}</span>
        {(!signed_in).then(|| view! {
            <a class="button" href=format!("/login?next=/ideas/{id}")>{t!(i18n, support_sign_in)}</a>
        })}
    }
    .into_any()
}

/// Give or take back support: an island, so with JavaScript the count and the button change
/// in place; without it the form posts and the page comes back with the new count.
#[island(lazy)]
pub fn SupportToggle(id: IdeaId, supported: bool, count: i64) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let action = ServerAction::<SupportIdea>::new();
    let state = RwSignal::new((supported, count));
    let toggled = Callback::new(move |_: String| {
        state.update(|(on, n)| {
            *n += if *on { -1 } else { 1 };
            *on = !*on;
        })
    });
    let on = move || state.get().0;
    view! {
        <ServerForm action id="support_idea" class="inline-form" on_success=toggled scope=format!("support{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=move || if on() { "false" } else { "true" } />
            <button type="submit" class=move || if on() { "button button-secondary" } else { "button" } aria-pressed=move || if on() { "true" } else { "false" } data-testid="support-button">
                {move || if on() { t!(i18n, supported).into_any() } else { t!(i18n, support).into_any() }}
                " (" <span data-testid="support-count">{move || state.get().1}</span> ")"
            </button>
        </ServerForm>
    }
}
