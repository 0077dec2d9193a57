use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::kept_list;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::navigate::go_to_result;
use crate::ui::sector_boxes::SectorBoxes;
use leptos::prelude::*;

#[component]
pub(crate) fn EditForm(detail: IdeaDetail, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateIdea>::new();
    let form = "update_idea";
    let chosen = kept_list(flash.as_ref(), form, "sectors[]")
        .unwrap_or_else(|| detail.sectors.iter().map(|s| s.code().to_owned()).collect());
    let district = kept_value(flash.as_ref(), form, "district").unwrap_or_else(|| {
        detail
            .district
            .map(|d| d.code().to_owned())
            .unwrap_or_default()
    });
    let flag = |name: &str, stored: bool| {
        kept_value(flash.as_ref(), form, name)
            .map(|v| v == "on")
            .unwrap_or(stored)
    };
    let venue = flag("need_venue", detail.needs.venue);
    let money = flag("need_money", detail.needs.money);
    let materials = flag("need_materials", detail.needs.materials);
    let check = |u: &UpdateIdea| check_idea(&u.edit.fields());
    let point = |v: Option<f64>| v.map(|v| format!("{v:.5}")).unwrap_or_default();
    view! {
        <ServerForm action id=form flash check=check class="form idea-form" on_success=go_to_result()>
            <input type="hidden" name="id" value=detail.id />
            <input type="hidden" name="version" value=detail.version />
            <Field name="title" label=move || t_string!(i18n, idea_title_field) value=detail.title.clone() required=true maxlength=TITLE_MAX />
            <TextArea name="summary" label=move || t_string!(i18n, idea_summary_field) value=detail.summary.clone() maxlength=SUMMARY_MAX />
            <SectorBoxes chosen />
            <TextArea name="description" label=move || t_string!(i18n, idea_description_field) hint=move || t_string!(i18n, hint_markdown) value=detail.description.clone() maxlength=DESCRIPTION_MAX />
            <Field name="tags" label=move || t_string!(i18n, idea_tags_field) hint=move || t_string!(i18n, hint_tags) value=detail.tags.join(", ") maxlength=400 />
            <fieldset class="field">
                <legend>{t!(i18n, idea_place)}</legend>
                <div class="field">
                    <label for="f-district">{t!(i18n, idea_district)}</label>
                    <select id="f-district" name="district">
                        <option value="" selected=district.is_empty()>{t!(i18n, choose)}</option>
                        {District::ALL.into_iter().map(|d| view! {
                            <option value=d.code() selected=district == d.code()>{d.name()}</option>
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="district" />
                </div>
                <p class="hint">{t!(i18n, hint_point)}</p>
                <div class="field-row">
                    <Field name="lat" label=move || t_string!(i18n, idea_lat) value=point(detail.lat) inputmode="decimal" maxlength=12 />
                    <Field name="lng" label=move || t_string!(i18n, idea_lng) value=point(detail.lng) inputmode="decimal" maxlength=12 />
                </div>
            </fieldset>
            <fieldset class="field">
                <legend>{t!(i18n, idea_needs)}</legend>
                <Field name="need_skills" label=move || t_string!(i18n, need_skills) hint=move || t_string!(i18n, hint_tags) value=detail.needs.skills.join(", ") maxlength=400 />
                <label class="checkbox" for="f-need_venue"><input type="checkbox" id="f-need_venue" name="need_venue" checked=venue />{t!(i18n, need_venue)}</label>
                <label class="checkbox" for="f-need_money"><input type="checkbox" id="f-need_money" name="need_money" checked=money />{t!(i18n, need_money)}</label>
                <label class="checkbox" for="f-need_materials"><input type="checkbox" id="f-need_materials" name="need_materials" checked=materials />{t!(i18n, need_materials)}</label>
                <TextArea name="needs_note" label=move || t_string!(i18n, needs_note) value=detail.needs.note.clone() maxlength=NOTE_MAX />
            </fieldset>
            <Submit label=move || t_string!(i18n, save_version) />
        </ServerForm>
    }
}
