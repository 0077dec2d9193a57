use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::stage::Stage;
use crate::ui::forms::{kept_list, kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::sector_boxes::SectorBoxes;
use crate::workshops::api::CreateWorkshop;
use crate::workshops::{CreateContext, PURPOSE_MAX, SEATS_MAX, TITLE_MAX};
use leptos::prelude::*;

/// The form that creates a workshop: what, for whom, when, where, how many, who leads it.
#[component]
pub(crate) fn WorkshopFormView(ctx: CreateContext, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateWorkshop>::new();
    let form = "create_workshop";
    let kept = |name: &str| kept_value(flash.as_ref(), form, name).unwrap_or_default();
    let serves = kept("serves");
    let lang = kept("lang");
    let place = kept("place");
    let sectors = kept_list(flash.as_ref(), form, "sectors[]").unwrap_or_default();
    let chosen_mentors = kept_list(flash.as_ref(), form, "facilitators[]").unwrap_or_default();
    view! {
        <ServerForm action id=form flash=flash.clone()>
            <Field name="title" label=move || t_string!(i18n, ws_f_title) required=true maxlength=TITLE_MAX />
            <TextArea name="purpose" label=move || t_string!(i18n, ws_f_purpose) hint=move || t_string!(i18n, ws_f_purpose_hint) maxlength=PURPOSE_MAX />
            <div class="field">
                <label for="f-serves">{t!(i18n, ws_serves)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-serves" name="serves" required aria-describedby="f-serves-error">
                    <option value="">{t!(i18n, ws_f_choose)}</option>
                    {[Stage::Team, Stage::Workshop].into_iter().map(|s| view! {
                        <option value=s.code() selected=serves == s.code()>{move || super::serves_label(i18n, s)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="serves" />
            </div>
            <Field name="series" label=move || t_string!(i18n, ws_f_series) hint=move || t_string!(i18n, ws_f_series_hint) maxlength=TITLE_MAX list="ws-series" />
            <datalist id="ws-series">
                {ctx.series.iter().map(|s| view! { <option value=s.clone()></option> }).collect_view()}
            </datalist>
            <SectorBoxes chosen=sectors />
            <div class="field-row">
                <Field name="age_min" kind="number" label=move || t_string!(i18n, ws_f_age_min) inputmode="numeric" />
                <Field name="age_max" kind="number" label=move || t_string!(i18n, ws_f_age_max) inputmode="numeric" hint=move || t_string!(i18n, ws_f_age_hint) />
            </div>
            <div class="field">
                <label for="f-lang">{t!(i18n, ws_lang)}</label>
                <select id="f-lang" name="lang">
                    <option value="lt" selected=lang != "en">"lietuvių"</option>
                    <option value="en" selected=lang == "en" lang="en">"English"</option>
                </select>
            </div>
            <div class="field-row">
                <Field name="day" kind="date" label=move || t_string!(i18n, ws_f_day) required=true />
                <Field name="starts" kind="time" label=move || t_string!(i18n, ws_f_starts) required=true />
                <Field name="ends" kind="time" label=move || t_string!(i18n, ws_f_ends) required=true />
            </div>
            <div class="field">
                <label for="f-place">{t!(i18n, ws_where)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-place" name="place" required aria-describedby="f-place-error">
                    <option value="">{t!(i18n, ws_f_choose)}</option>
                    <option value="online" selected=place == "online">{t!(i18n, ws_online)}</option>
                    {ctx.places.iter().map(|p| {
                        let id = p.id.to_string();
                        view! { <option value=id.clone() selected=place == id>{format!("{} – {}", p.name, p.address)}</option> }
                    }).collect_view()}
                </select>
                <FieldErrorFor name="place" />
            </div>
            <Field name="online_url" kind="url" label=move || t_string!(i18n, ws_f_online_url) hint=move || t_string!(i18n, ws_f_online_hint) />
            <div class="field-row">
                <Field name="capacity" kind="number" label=move || t_string!(i18n, ws_f_capacity) required=true inputmode="numeric" hint=move || format!("1–{SEATS_MAX}") />
                <Field name="closes" kind="datetime-local" label=move || t_string!(i18n, ws_f_closes) hint=move || t_string!(i18n, ws_f_closes_hint) />
            </div>
            <fieldset class="field checkbox-group" aria-describedby="f-facilitators-error">
                <legend>{t!(i18n, ws_facilitators)}</legend>
                <p class="hint">{t!(i18n, ws_f_facilitators_hint)}</p>
                {ctx.mentors.iter().map(|m| {
                    let box_id = format!("f-facilitator-{}", m.id);
                    let value = m.id.to_string();
                    view! {
                        <label class="checkbox" for=box_id.clone()>
                            <input type="checkbox" id=box_id.clone() name="facilitators[]" value=value.clone() checked=chosen_mentors.contains(&value) />
                            {m.name.clone().unwrap_or_default()}
                        </label>
                    }
                }).collect_view()}
                <FieldErrorFor name="facilitators" />
            </fieldset>
            <Submit label=move || t_string!(i18n, ws_create) />
        </ServerForm>
    }
}
