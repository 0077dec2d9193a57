use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::forms::{Field, ServerForm, Submit, TextArea};
use leptos::prelude::*;

#[component]
pub(crate) fn RoleForm(
    team_id: TeamId,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddOpenRole>::new();
    view! {
        <details class="role-form">
            <summary>{t!(i18n, role_add)}</summary>
            <ServerForm action id="add_open_role" flash on_success=reload scope="role">
                <input type="hidden" name="team_id" value=team_id />
                <Field name="title" label=move || t_string!(i18n, role_title_field) required=true maxlength=ROLE_TITLE_MAX />
                <Field name="skills" label=move || t_string!(i18n, role_skills) hint=move || t_string!(i18n, role_skills_hint) maxlength=SKILLS_MAX />
                <div class="field">
                    <label for="f-role-sector">{t!(i18n, role_sector)}</label>
                    <select id="f-role-sector" name="sector">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! { <option value=s.code()>{move || s.label(i18n)}</option> }).collect_view()}
                    </select>
                </div>
                <Field name="hours" kind="number" label=move || t_string!(i18n, role_hours) value="4" inputmode="numeric" required=true />
                <TextArea name="description" label=move || t_string!(i18n, role_description) maxlength=DESCRIPTION_MAX />
                <Submit label=move || t_string!(i18n, role_add) />
            </ServerForm>
        </details>
    }
}
