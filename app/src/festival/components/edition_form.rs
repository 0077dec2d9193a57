use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;

#[component]
pub(crate) fn EditionForm(edition: Option<Edition>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveEdition>::new();
    let scope = if edition.is_some() {
        "edition"
    } else {
        "new-edition"
    };
    let e = edition.clone();
    view! {
        <ServerForm action id="save_edition" flash scope=scope>
            {e.as_ref().map(|e| view! { <input type="hidden" name="id" value=e.id /> })}
            <Field name="title" label=move || t_string!(i18n, fest_edition_title) required=true maxlength=TITLE_MAX value=e.as_ref().map(|e| e.title.clone()).unwrap_or_default() />
            <div class="field-row">
                <Field name="day" kind="date" label=move || t_string!(i18n, fest_edition_day) required=true value=e.as_ref().map(|e| e.day.clone()).unwrap_or_default() />
                <Field name="opens" kind="time" label=move || t_string!(i18n, fest_edition_opens) required=true value=e.as_ref().map(|e| hhmm(e.opens)).unwrap_or_else(|| "10:00".into()) />
                <Field name="closes" kind="time" label=move || t_string!(i18n, fest_edition_closes) required=true value=e.as_ref().map(|e| hhmm(e.closes)).unwrap_or_else(|| "22:00".into()) />
            </div>
            <div class="field-row">
                <Field name="target" kind="number" label=move || t_string!(i18n, fest_edition_target) inputmode="numeric" value=e.as_ref().map(|e| e.target.to_string()).unwrap_or_else(|| "100".into()) />
                <Field name="walk" kind="number" label=move || t_string!(i18n, fest_edition_walk) hint=move || t_string!(i18n, fest_edition_walk_hint) inputmode="numeric" value=e.as_ref().map(|e| e.walk_m_per_min.to_string()).unwrap_or_else(|| "70".into()) />
            </div>
            <Submit label=move || if edition.is_some() { t_string!(i18n, fest_save) } else { t_string!(i18n, fest_create_edition) } />
        </ServerForm>
    }
}
