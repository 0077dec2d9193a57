use crate::common::ids::IdeaId;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn SupportButton(
    id: IdeaId,
    supported: bool,
    count: i64,
    me: ViewerState,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SupportIdea>::new();
    if !me.may_publish {
        return view! {
            <span class="support-count" data-testid="support-count">{t!(i18n, supports_label)} ": " {count}</span>
            {(!me.signed_in).then(|| view! {
                <a class="button" href=format!("/login?next=/ideas/{id}")>{t!(i18n, support_sign_in)}</a>
            })}
        }
        .into_any();
    }
    view! {
        <ServerForm action id="support_idea" class="inline-form" on_success=reload scope=format!("support{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=if supported { "false" } else { "true" } />
            <button type="submit" class=if supported { "button button-secondary" } else { "button" } aria-pressed=if supported { "true" } else { "false" } data-testid="support-button">
                {if supported { t!(i18n, supported).into_any() } else { t!(i18n, support).into_any() }}
                " (" <span data-testid="support-count">{count}</span> ")"
            </button>
        </ServerForm>
    }
    .into_any()
}
