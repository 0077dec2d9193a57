use crate::common::FormFlash;
use crate::festival::api::*;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub(crate) fn AutoScheduleForm(flash: Option<FormFlash>, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AutoSchedule>::new();
    view! {
        <ServerForm action id="auto_schedule" flash class="inline-form">
            <p class="hint">{t!(i18n, fest_auto_hint)} " (" {count} ")"</p>
            <Submit label=move || t_string!(i18n, fest_auto_run) />
        </ServerForm>
    }
}
