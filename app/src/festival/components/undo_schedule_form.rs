use crate::common::FormFlash;
use crate::festival::api::*;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// Takes back the auto-scheduler's last run.
#[component]
pub(crate) fn UndoScheduleForm(flash: Option<FormFlash>, placed: usize) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UndoSchedule>::new();
    view! {
        <ServerForm action id="undo_schedule" flash class="inline-form">
            <p class="hint">{t!(i18n, fest_undo_hint)} " (" {placed} ")"</p>
            <Submit label=move || t_string!(i18n, fest_undo_run) secondary=true />
        </ServerForm>
    }
}
