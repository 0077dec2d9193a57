use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;

#[component]
pub(crate) fn StageBadge(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("stage stage-{}", stage.code()) data-stage=stage.code()>
            {move || stage.label(i18n)}
        </span>
    }
}
