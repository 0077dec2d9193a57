use crate::common::FormFlash;
use crate::festival::api::*;
use crate::festival::schedule::Consent;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::navigate::go_to_result;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn ProposeForm(
    ctx: ProposeContext,
    flash: Option<FormFlash>,
    team: Option<crate::common::ids::TeamId>,
) -> impl IntoView {
    let i18n = use_i18n();
    if ctx.edition.is_none() {
        return view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any();
    }
    if ctx.teams.is_empty() && !ctx.steering {
        return view! {
            <p class="empty" role="status">{t!(i18n, fest_propose_no_team)} " " <A href="/teams">{t!(i18n, teams_title)}</A></p>
        }
        .into_any();
    }
    let form = "propose_intervention";
    let kept = |name: &str| kept_value(flash.as_ref(), form, name);
    let kept_list = |name: &str| -> Vec<String> {
        flash
            .as_ref()
            .filter(|f| f.form == form)
            .map(|f| {
                f.values
                    .iter()
                    .filter(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let chosen_team = team.or_else(|| ctx.teams.first().map(|t| t.id));
    let sector_kept = kept("sector");
    let category_kept = kept("category");
    let venues_kept = kept_list("venues[]");
    let people_kept = kept_list("people[]");
    let action = ServerAction::<ProposeIntervention>::new();
    let teams = ctx.teams.clone();
    let other_teams: Vec<(crate::common::ids::TeamId, String)> =
        teams.iter().map(|t| (t.id, t.name.clone())).collect();
    let people_of_team = teams
        .iter()
        .find(|t| Some(t.id) == chosen_team)
        .map(|t| t.people.clone())
        .unwrap_or_default();
    view! {
        <p class="lead">{t!(i18n, fest_propose_lead)}</p>
        <ServerForm action id="propose_intervention" flash=flash.clone() on_success=go_to_result()>
            <div class="field">
                <label for="f-team_id">{t!(i18n, fest_team)}</label>
                <select id="f-team_id" name="team_id">
                    {teams.iter().map(|t| view! {
                        <option value=t.id selected=Some(t.id) == chosen_team>{t.name.clone()}</option>
                    }).collect_view()}
                    {ctx.steering.then(|| view! { <option value="" selected=chosen_team.is_none()>{t!(i18n, fest_no_team)}</option> })}
                </select>
                <FieldErrorFor name="team_id" />
            </div>
            <Field name="title" label=move || t_string!(i18n, fest_field_title) required=true maxlength=TITLE_MAX />
            <TextArea name="description" label=move || t_string!(i18n, fest_field_description) maxlength=DESCRIPTION_MAX />
            <div class="field">
                <label for="f-sector">{t!(i18n, fest_filter_sector)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-sector" name="sector" required=true>
                    <option value="">{t!(i18n, fest_choose)}</option>
                    {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector_kept.as_deref() == Some(s.code())>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="sector" />
            </div>
            <div class="field">
                <label for="f-category">{t!(i18n, fest_filter_category)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-category" name="category" required=true>
                    <option value="">{t!(i18n, fest_choose)}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=category_kept.as_deref() == Some(c.code())>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="category" />
            </div>
            <div class="field-row">
                <Field name="duration" kind="number" label=move || t_string!(i18n, fest_field_duration) required=true inputmode="numeric" value="60" />
                <Field name="setup" kind="number" label=move || t_string!(i18n, fest_field_setup) inputmode="numeric" value="15" />
                <Field name="cleardown" kind="number" label=move || t_string!(i18n, fest_field_cleardown) inputmode="numeric" value="15" />
                <Field name="audience" kind="number" label=move || t_string!(i18n, fest_field_audience) required=true inputmode="numeric" />
            </div>
            <fieldset class="field">
                <legend>{t!(i18n, fest_field_preferred_time)}</legend>
                <p class="hint">{t!(i18n, fest_field_preferred_time_hint)}</p>
                <div class="field-row">
                    <Field name="preferred_from" kind="time" label=move || t_string!(i18n, fest_field_from) />
                    <Field name="preferred_to" kind="time" label=move || t_string!(i18n, fest_field_to) />
                </div>
            </fieldset>
            <fieldset class="field checkbox-group">
                <legend>{t!(i18n, fest_field_venues)}</legend>
                <p class="hint">{t!(i18n, fest_field_venues_hint)}</p>
                {ctx.venues.iter().filter(|v| v.consent != Consent::No).map(|v| {
                    let id = format!("f-venue-{}", v.id);
                    let checked = venues_kept.contains(&v.id.to_string());
                    view! {
                        <div class="field-check">
                            <input type="checkbox" id=id.clone() name="venues[]" value=v.id checked=checked />
                            <label for=id>{v.name.clone()} " (" {v.capacity} ")"</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {(!people_of_team.is_empty()).then(|| view! {
                <fieldset class="field checkbox-group">
                    <legend>{t!(i18n, fest_field_people)}</legend>
                    <p class="hint">{t!(i18n, fest_field_people_hint)}</p>
                    {people_of_team.iter().map(|p| {
                        let id = format!("f-person-{}", p.id);
                        let checked = people_kept.contains(&p.id.to_string());
                        view! {
                            <div class="field-check">
                                <input type="checkbox" id=id.clone() name="people[]" value=p.id checked=checked />
                                <label for=id>{p.name.clone().unwrap_or_default()}</label>
                            </div>
                        }
                    }).collect_view()}
                    <FieldErrorFor name="people" />
                </fieldset>
            })}
            <Submit label=move || t_string!(i18n, fest_propose_submit) />
        </ServerForm>
        {(other_teams.len() > 1).then(|| view! {
            <p class="hint">{t!(i18n, fest_propose_other_team)} " "
                {other_teams.into_iter().map(|(id, name)| view! { <A href=format!("/festival/propose?team={id}")>{name}</A> " " }).collect_view()}
            </p>
        })}
    }
    .into_any()
}
