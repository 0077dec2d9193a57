use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;

/// The path of stages with the current one marked.
#[component]
pub(crate) fn StagePath(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    let current = stage.step();
    view! {
        <ol class="stage-path" aria-label=move || t_string!(i18n, idea_stage)>
            {Stage::ALL[..6].iter().enumerate().map(|(i, s)| {
                let s = *s;
                let state = match current {
                    Some(c) if i < c => "done",
                    Some(c) if i == c => "current",
                    _ => "todo",
                };
                view! {
                    <li class=format!("stage-step stage-step-{state}") aria-current=(state == "current").then_some("step")>
                        {move || s.label(i18n)}
                    </li>
                }
            }).collect_view()}
            {(stage == Stage::Archived).then(|| view! {
                <li class="stage-step stage-step-current" aria-current="step">{move || (Stage::Archived).label(i18n)}</li>
            })}
        </ol>
    }
}
