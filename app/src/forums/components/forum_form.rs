use crate::common::FormFlash;
use crate::forums::api::CreateForum;
use crate::forums::{ForumContext, CALLING_MAX};
use crate::i18n::*;
use crate::ui::forms::{kept_list, kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::workshops::{SEATS_MAX, TITLE_MAX};
use leptos::prelude::*;

/// The form that creates a forum: its calling question, when, where, how many, who hosts.
/// The flow is added on the forum's page, segment by segment.
#[component]
pub(crate) fn ForumFormView(ctx: ForumContext, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateForum>::new();
    let form = "create_forum";
    let lang = kept_value(flash.as_ref(), form, "lang").unwrap_or_default();
    let place = kept_value(flash.as_ref(), form, "place").unwrap_or_default();
    let chosen = kept_list(flash.as_ref(), form, "hosts[]").unwrap_or_default();
    view! {
        <ServerForm action id=form flash=flash.clone()>
            <Field name="title" label=move || t_string!(i18n, ws_f_title) required=true maxlength=TITLE_MAX />
            <TextArea name="calling" label=move || t_string!(i18n, fo_f_calling) hint=move || t_string!(i18n, fo_f_calling_hint) maxlength=CALLING_MAX />
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
                <Field name="closes" kind="datetime-local" label=move || t_string!(i18n, ws_f_closes) hint=move || t_string!(i18n, fo_f_closes_hint) />
            </div>
            <fieldset class="field checkbox-group" aria-describedby="f-hosts-error">
                <legend>{t!(i18n, fo_co_hosts)}</legend>
                <p class="hint">{t!(i18n, fo_f_hosts_hint)}</p>
                {ctx.hosts.iter().map(|m| {
                    let box_id = format!("f-host-{}", m.id);
                    let value = m.id.to_string();
                    view! {
                        <label class="checkbox" for=box_id.clone()>
                            <input type="checkbox" id=box_id.clone() name="hosts[]" value=value.clone() checked=chosen.contains(&value) />
                            {m.name.clone().unwrap_or_default()}
                        </label>
                    }
                }).collect_view()}
                <FieldErrorFor name="hosts" />
            </fieldset>
            <Submit label=move || t_string!(i18n, fo_create) />
        </ServerForm>
    }
}
