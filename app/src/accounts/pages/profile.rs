//! The profile pages: my profile, a person's public profile, and the people directory.
use crate::accounts::api::ResendConfirmation;
use crate::accounts::api::{
    get_my_profile, get_person, list_directory, ChangePassword, DeleteAccount, UpdateProfile,
};
use crate::accounts::pages::{MentorForm, PartnerForm};
use crate::accounts::{MentorDetails, MyProfile, Organisation, PublicPerson};
use crate::common::error::AppError;
use crate::common::sectors::Sector;
use crate::common::FormFlash;
use crate::common::Role;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::session::{use_session, Loading};
use crate::ui::slots::slot;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Role badges, e.g. "Mentor".
#[component]
pub fn RoleBadges(roles: Vec<Role>) -> impl IntoView {
    let i18n = use_i18n();
    roles
        .into_iter()
        .map(|role| {
            view! {
                <span class=format!("badge badge-{}", role.code()) data-role=role.code()>
                    {move || role.label(i18n)}
                </span>
            }
        })
        .collect_view()
}

/// Shows the page for a signed-in person, or asks them to sign in.
#[component]
fn SignInFirst(next: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::UNAUTHORIZED);
    }
    view! {
        <div class="notice" role="status">
            <p>{t!(i18n, sign_in_needed)}</p>
            <p><a class="button" href=format!("/login?next={next}")>{t!(i18n, nav_login)}</a></p>
        </div>
    }
}

#[component]
pub fn MyProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = Resource::new(|| (), |_| get_my_profile());
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, profile_title).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, profile_title)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s: SessionInfo| s.flash);
                    match profile.await {
                        Ok(profile) => view! { <MyProfileContent profile flash /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst next="/profile" /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn MyProfileContent(profile: MyProfile, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move |key: &'static str| query.with(|q| q.get(key).is_some());
    let resend = ServerAction::<ResendConfirmation>::new();
    let MyProfile {
        id,
        email,
        display_name,
        roles,
        email_verified,
        guardian_pending,
        mentor,
        organisation,
        ..
    } = profile.clone();
    let is_mentor = roles.contains(&Role::Mentor);
    let is_partner = roles.contains(&Role::Partner);
    view! {
        <p class="profile-who">
            <strong data-testid="profile-name">{display_name}</strong> " · " {email}
            " " <RoleBadges roles=roles.clone() />
        </p>
        {move || notice("saved").then(|| view! {
            <div class="notice notice-success" role="status"><p>{t!(i18n, profile_saved)}</p></div>
        })}
        {move || notice("password").then(|| view! {
            <div class="notice notice-success" role="status"><p>{t!(i18n, password_changed)}</p></div>
        })}
        {move || notice("sent").then(|| view! {
            <div class="notice notice-success" role="status"><p>{t!(i18n, confirmation_resent)}</p></div>
        })}
        {(!email_verified).then(|| view! {
            <div class="notice" role="status">
                <p>{t!(i18n, profile_unverified)}</p>
                <ServerForm action=resend id="resend_confirmation" flash=flash.clone() class="inline-form">
                    <Submit label=move || t_string!(i18n, resend_submit) secondary=true />
                </ServerForm>
            </div>
        })}
        {guardian_pending.then(|| {
            // One button re-sends whatever is pending; it is offered here when the email is
            // already confirmed (otherwise the button above does both).
            let again = ServerAction::<ResendConfirmation>::new();
            view! {
                <div class="notice" role="status">
                    <p>{t!(i18n, profile_guardian_pending)}</p>
                    {email_verified.then(|| view! {
                        <ServerForm action=again id="resend_confirmation" flash=flash.clone() class="inline-form">
                            <Submit label=move || t_string!(i18n, resend_guardian_submit) secondary=true />
                        </ServerForm>
                    })}
                </div>
            }
        })}
        <section aria-labelledby="profile-form-title" class="card">
            <h2 id="profile-form-title">{t!(i18n, profile_form_title)}</h2>
            <ProfileForm profile flash=flash.clone() />
        </section>
        {is_mentor.then(|| view! {
            <section aria-labelledby="mentor-title" class="card">
                <h2 id="mentor-title">{t!(i18n, mentor_details_title)}</h2>
                <MentorForm user_id=id details=mentor.clone() flash=flash.clone() back="/profile?saved=1" />
            </section>
        })}
        {is_partner.then(|| view! {
            <section aria-labelledby="partner-title" class="card">
                <h2 id="partner-title">{t!(i18n, partner_details_title)}</h2>
                <PartnerForm user_id=id organisation=organisation.clone() flash=flash.clone() back="/profile?saved=1" />
            </section>
        })}
        <section aria-labelledby="password-title" class="card">
            <h2 id="password-title">{t!(i18n, password_title)}</h2>
            <PasswordForm flash=flash.clone() />
        </section>
        <section aria-labelledby="data-title" class="card">
            <h2 id="data-title">{t!(i18n, my_data_title)}</h2>
            <p>{t!(i18n, my_data_text)}</p>
            <p><a class="button button-secondary" href="/api/export_my_data" download="santaka-my-data.json" rel="external">{t!(i18n, my_data_download)}</a></p>
            <DeleteForm flash=flash.clone() />
        </section>
    }
}

#[component]
fn ProfileForm(profile: MyProfile, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateProfile>::new();
    let check = |p: &UpdateProfile| {
        crate::accounts::check_profile(
            &p.display_name,
            &p.bio,
            &p.birth_year,
            &p.preferred_locale,
            &p.sectors,
            &p.skills,
            crate::common::current_year(),
        )
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

#[component]
fn PasswordForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let check = |p: &ChangePassword| {
        let mut check = crate::common::Check::new();
        if p.current_password.is_empty() {
            check.fail("current_password", "missing");
        }
        check.password("new_password", &p.new_password);
        check.finish()
    };
    view! {
        <p class="hint">{t!(i18n, password_hint_sessions)}</p>
        <ServerForm action id="change_password" flash check=check>
            <Field name="current_password" kind="password" label=move || t_string!(i18n, field_current_password) autocomplete="current-password" required=true maxlength=128 />
            <Field name="new_password" kind="password" label=move || t_string!(i18n, field_new_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
            <Submit label=move || t_string!(i18n, password_submit) />
        </ServerForm>
    }
}

#[component]
fn DeleteForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteAccount>::new();
    view! {
        <details class="danger-zone">
            <summary>{t!(i18n, delete_title)}</summary>
            <p>{t!(i18n, delete_text)}</p>
            <ServerForm action id="delete_account" flash>
                <Field name="password" kind="password" label=move || t_string!(i18n, field_password_confirm) autocomplete="current-password" required=true maxlength=128 />
                <Submit label=move || t_string!(i18n, delete_submit) />
            </ServerForm>
        </details>
    }
}

#[component]
pub fn PersonPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let person = Resource::new(
        move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())),
        |id| async move {
            match id {
                Some(id) => get_person(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <div class="container narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match person.await {
                        Ok(person) => view! { <PersonView person /> }.into_any(),
                        Err(error) => view! {
                            <Title text=move || t_string!(i18n, person_title).to_owned() />
                            <ErrorMessage error />
                        }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn PersonView(person: PublicPerson) -> impl IntoView {
    let i18n = use_i18n();
    let PublicPerson {
        id,
        display_name,
        roles,
        open_to_teams,
        bio,
        sectors,
        skills,
        email,
        birth_year,
        mentor,
        organisation,
        ..
    } = person;
    let title = display_name.clone();
    let is_mentor = roles.contains(&crate::common::Role::Mentor);
    view! {
        <Title text=title />
        <h1>{display_name} " " <RoleBadges roles /></h1>
        {open_to_teams.then(|| view! { <p class="badge badge-open">{t!(i18n, person_open_to_teams)}</p> })}
        {bio.map(|bio| view! { <p class="bio">{bio}</p> })}
        <dl class="facts">
            {sectors.filter(|s| !s.is_empty()).map(|sectors| view! {
                <dt>{t!(i18n, field_sectors)}</dt>
                <dd>{sectors.into_iter().map(|s| view! { <span class="tag">{move || s.label(i18n)}</span> }).collect_view()}</dd>
            })}
            {skills.filter(|s| !s.is_empty()).map(|skills| view! {
                <dt>{t!(i18n, field_skills)}</dt>
                <dd>{skills.into_iter().map(|s| view! { <span class="tag">{s}</span> }).collect_view()}</dd>
            })}
            {mentor.map(|m: MentorDetails| view! {
                <dt>{t!(i18n, field_expertise)}</dt>
                <dd>{m.expertise.into_iter().map(|s| view! { <span class="tag">{s}</span> }).collect_view()}</dd>
                <dt>{t!(i18n, field_capacity)}</dt>
                <dd>{m.capacity}</dd>
            })}
            {organisation.map(|o: Organisation| view! {
                <dt>{t!(i18n, field_organisation)}</dt>
                <dd>{o.name}</dd>
            })}
            {email.map(|email| view! {
                <dt>{t!(i18n, field_email)}</dt>
                <dd><a href=format!("mailto:{email}")>{email.clone()}</a></dd>
            })}
            {birth_year.map(|year| view! {
                <dt>{t!(i18n, field_birth_year)}</dt>
                <dd>{year}</dd>
            })}
        </dl>
        {slot::<crate::accounts::PersonParts, (i64, bool)>((id, is_mentor))}
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let directory = Resource::new(|| (), |_| list_directory());
    view! {
        <Title text=move || t_string!(i18n, directory_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, directory_title)}</h1>
            <p class="lead">{t!(i18n, directory_lead)}</p>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match directory.await {
                        Ok(directory) => view! {
                            <section aria-labelledby="mentors-title">
                                <h2 id="mentors-title">{t!(i18n, directory_mentors)}</h2>
                                {if directory.mentors.is_empty() {
                                    view! { <p class="empty">{t!(i18n, directory_no_mentors)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-grid">
                                            {directory.mentors.into_iter().map(|m| view! {
                                                <li class="card">
                                                    <h3><a href=format!("/people/{}", m.id)>{m.display_name}</a></h3>
                                                    {m.mentor.map(|d| view! {
                                                        <p>{d.expertise.into_iter().map(|s| view! { <span class="tag">{s}</span> }).collect_view()}</p>
                                                    })}
                                                    {m.bio.map(|b| view! { <p class="bio">{b}</p> })}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </section>
                            <section aria-labelledby="orgs-title">
                                <h2 id="orgs-title">{t!(i18n, directory_organisations)}</h2>
                                {if directory.organisations.is_empty() {
                                    view! { <p class="empty">{t!(i18n, directory_no_organisations)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="card-grid">
                                            {directory.organisations.into_iter().map(|card| {
                                                let o = card.organisation;
                                                let sector = o.sector;
                                                let kind = o.kind;
                                                view! {
                                                    <li class=format!("card sector-card sector-{}", sector.code())>
                                                        <h3>{o.name}</h3>
                                                        <p class="meta">{move || kind.label(i18n)} " · " {move || sector.label(i18n)}</p>
                                                        {(!o.description.is_empty()).then(|| view! { <p>{o.description.clone()}</p> })}
                                                        {(!o.website.is_empty()).then(|| view! { <p><a href=o.website.clone() rel="external noopener">{o.website.clone()}</a></p> })}
                                                        {(!card.members.is_empty()).then(|| view! {
                                                            <p class="meta">
                                                                {t!(i18n, directory_represented_by)} " "
                                                                {card.members.into_iter().map(|(id, name)| view! {
                                                                    <a href=format!("/people/{id}")>{name}</a> " "
                                                                }).collect_view()}
                                                            </p>
                                                        })}
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </section>
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
