use crate::accounts::api::UpdateProfile;
use crate::accounts::MyProfile;
use crate::common::sectors::Sector;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::island::{island_i18n, mark_live};
use leptos::prelude::*;

/// The profile form; an island, so the suggested skills can be added with a tap.
#[island(lazy)]
pub fn ProfileForm(profile: MyProfile, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let action = ServerAction::<UpdateProfile>::new();
    let check = |p: &UpdateProfile| {
        crate::accounts::check_profile(&p.profile, crate::common::current_year())
    };
    let form = "update_profile";
    let kept = flash.clone().filter(|f| f.form == form);
    // A checkbox shows what was submitted after a failed no-JavaScript post, else the profile.
    let checked = {
        let kept = kept.clone();
        move |name: &str, stored: bool| match &kept {
            Some(f) => kept_value(Some(f), form, name).is_some_and(|v| v == "on"),
            None => stored,
        }
    };
    let sector_checked = {
        let kept = kept.clone();
        let stored = profile.sectors.clone();
        move |sector: Sector| match &kept {
            Some(f) => f
                .values
                .iter()
                .any(|(k, v)| k == "sectors[]" && v == sector.code()),
            None => stored.contains(&sector),
        }
    };
    let locale = kept_value(kept.as_ref(), form, "preferred_locale")
        .unwrap_or(profile.preferred_locale.clone());
    let minor = profile.minor;
    let popular = profile.popular_skills.clone();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let add_skill = move |skill: String| {
        if let Some(input) = document()
            .get_element_by_id("f-skills")
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
        {
            let current = input.value();
            let tags = crate::common::parse_tags(&current);
            if !tags
                .iter()
                .any(|t| t.to_lowercase() == skill.to_lowercase())
            {
                let joined = if current.trim().is_empty() {
                    skill
                } else {
                    format!("{}, {}", current.trim().trim_end_matches(','), skill)
                };
                input.set_value(&joined);
            }
        }
    };
    let toggles: Vec<(&'static str, bool, &'static str)> = vec![
        ("show_bio", profile.show_bio, "show_bio"),
        ("show_sectors", profile.show_sectors, "show_sectors"),
        ("show_skills", profile.show_skills, "show_skills"),
        ("show_email", profile.show_email, "show_email"),
        (
            "show_birth_year",
            profile.show_birth_year,
            "show_birth_year",
        ),
    ];
    view! {
        <ServerForm action id=form flash=flash check=check>
            <Field name="display_name" label=move || t_string!(i18n, field_display_name) value=profile.display_name.clone() autocomplete="nickname" required=true maxlength=60 />
            <TextArea name="bio" label=move || t_string!(i18n, field_bio) hint=move || t_string!(i18n, hint_bio) value=profile.bio.clone() maxlength=600 />
            <fieldset class="field" aria-describedby="f-sectors-error">
                <legend>{t!(i18n, field_sectors)}</legend>
                <div class="checks">
                    {Sector::ALL.into_iter().map(|sector| {
                        let id = format!("f-sector-{}", sector.code());
                        let for_id = id.clone();
                        view! {
                            <label class="check" for=for_id>
                                <input type="checkbox" id=id name="sectors[]" value=sector.code() checked=sector_checked(sector) />
                                {move || sector.label(i18n)}
                            </label>
                        }
                    }).collect_view()}
                </div>
                <FieldErrorFor name="sectors" />
            </fieldset>
            <Field name="skills" label=move || t_string!(i18n, field_skills) hint=move || t_string!(i18n, hint_skills) value=profile.skills.join(", ") maxlength=700 />
            {(!popular.is_empty()).then(|| {
                let popular = popular.clone();
                view! {
                    <div class="suggestions">
                        <p class="hint" id="skill-suggestions-label">{t!(i18n, skills_suggested)}</p>
                        <ul class="chips" aria-labelledby="skill-suggestions-label">
                            {popular.into_iter().map(|skill| {
                                let name = skill.clone();
                                view! {
                                    <li>
                                        {move || if hydrated.get() {
                                            let s = name.clone();
                                            view! {
                                                <button type="button" class="chip" on:click=move |_| add_skill(s.clone())>
                                                    "+ " {name.clone()}
                                                </button>
                                            }.into_any()
                                        } else {
                                            view! { <span class="chip">{name.clone()}</span> }.into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }
            })}
            <Field name="birth_year" label=move || t_string!(i18n, field_birth_year) hint=move || t_string!(i18n, hint_birth_year_profile) value=profile.birth_year.map(|y| y.to_string()).unwrap_or_default() inputmode="numeric" maxlength=4 />
            <div class="field">
                <label for="f-preferred_locale">{t!(i18n, field_preferred_locale)}</label>
                <select id="f-preferred_locale" name="preferred_locale">
                    <option value="lt" selected=locale == "lt">"Lietuvių"</option>
                    <option value="en" selected=locale == "en">"English"</option>
                </select>
                <FieldErrorFor name="preferred_locale" />
            </div>
            <div class="field">
                <label class="check" for="f-open_to_teams">
                    <input type="checkbox" id="f-open_to_teams" name="open_to_teams" checked=checked("open_to_teams", profile.open_to_teams) />
                    {t!(i18n, field_open_to_teams)}
                </label>
            </div>
            <fieldset class="field">
                <legend>{t!(i18n, field_visibility)}</legend>
                {minor.then(|| view! { <p class="hint">{t!(i18n, hint_visibility_minor)}</p> })}
                <div class="checks">
                    {toggles.into_iter().map(|(name, stored, _)| {
                        let id = format!("f-{name}");
                        let for_id = id.clone();
                        let locked = minor && (name == "show_email" || name == "show_birth_year");
                        let label = move || match name {
                            "show_bio" => t_string!(i18n, show_bio),
                            "show_sectors" => t_string!(i18n, show_sectors),
                            "show_skills" => t_string!(i18n, show_skills),
                            "show_email" => t_string!(i18n, show_email),
                            _ => t_string!(i18n, show_birth_year),
                        };
                        view! {
                            <label class="check" for=for_id>
                                <input type="checkbox" id=id name=name checked=checked(name, stored) && !locked disabled=locked />
                                {label}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <Submit label=move || t_string!(i18n, profile_submit) />
        </ServerForm>
    }
}
