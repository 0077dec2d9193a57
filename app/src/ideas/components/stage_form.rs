use super::StageBadge;
use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::{Field, FieldErrorFor, ServerForm, Submit};
use crate::ui::navigate::go_to_result;
use leptos::prelude::*;

#[component]
pub(crate) fn StageForm(
    id: IdeaId,
    stage: Stage,
    moves: Vec<Stage>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetIdeaStage>::new();
    view! {
        <section class="card" aria-labelledby="stage-title">
            <h2 id="stage-title">{t!(i18n, idea_stage)}</h2>
            <p>{t!(i18n, stage_now)} " " <StageBadge stage /></p>
            <ServerForm action id="set_idea_stage" flash scope="stage" on_success=go_to_result()>
                <input type="hidden" name="id" value=id />
                <div class="field">
                    <label for="f-stage-stage">{t!(i18n, stage_move_to)}</label>
                    <select id="f-stage-stage" name="stage">
                        {moves.into_iter().map(|s| view! { <option value=s.code()>{move || s.label(i18n)}</option> }).collect_view()}
                    </select>
                    <FieldErrorFor name="stage" />
                </div>
                <Field name="reason" label=move || t_string!(i18n, archive_reason) hint=move || t_string!(i18n, hint_archive_reason) maxlength=REASON_MAX />
                <Submit label=move || t_string!(i18n, stage_submit) secondary=true />
            </ServerForm>
            <p class="hint">{t!(i18n, stage_gates_later)}</p>
        </section>
    }
}
