use crate::common::FormFlash;
use crate::festival::api::*;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// Applies the auto-scheduler's plan (shown first by `SchedulePreview`).
#[component]
pub(crate) fn AutoScheduleForm(flash: Option<FormFlash>, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AutoSchedule>::new();
    view! {
        <ServerForm action id="auto_schedule" flash class="inline-form">
            <Submit label=move || format!("{} ({count})", t_string!(i18n, fest_auto_apply)) />
        </ServerForm>
    }
}
