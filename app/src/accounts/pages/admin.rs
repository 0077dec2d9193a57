//! The administration page of the steering group, and the role detail forms it shares with
//! the profile page.
use crate::accounts::api::{
    admin_search_people, SetRole, UpdateMentorProfile, UpdatePartnerProfile,
};
use crate::accounts::pages::RoleBadges;
use crate::accounts::PersonRow;
use crate::accounts::{MentorDetails, OrgKind, Organisation};
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
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || query.with(|m| m.get("q").unwrap_or_default());
    let people = Resource::new(q, admin_search_people);
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, admin_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, admin_title)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s: SessionInfo| s.flash);
                    match people.await {
                        Ok(people) => view! { <AdminContent people flash q=q() /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! {
                            <div class="notice" role="status">
                                <p>{t!(i18n, sign_in_needed)}</p>
                                <p><a class="button" href="/login?next=/admin">{t!(i18n, nav_login)}</a></p>
                            </div>
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn AdminContent(people: Vec<PersonRow>, flash: Option<FormFlash>, q: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="lead">{t!(i18n, admin_lead)}</p>
        <form method="get" action="/admin" class="search-form" role="search">
            <label for="admin-q">{t!(i18n, admin_search_label)}</label>
            <div class="search-row">
                <input id="admin-q" name="q" type="search" value=q.clone() maxlength="100" />
                <button type="submit" class="button">{t!(i18n, admin_search_submit)}</button>
            </div>
        </form>
        {if people.is_empty() {
            view! { <p class="empty">{t!(i18n, admin_no_people)}</p> }.into_any()
        } else {
            view! {
                <ul class="people-list">
                    {people.into_iter().map(|person| view! {
                        <PersonAdmin person flash=flash.clone() q=q.clone() />
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

#[component]
fn PersonAdmin(person: PersonRow, flash: Option<FormFlash>, q: String) -> impl IntoView {
    let i18n = use_i18n();
    let PersonRow {
        id,
        display_name,
        email,
        roles,
        email_verified,
        guardian_pending,
        publishing_blocked,
        mentor,
        organisation,
    } = person;
    let back = format!("/admin?q={}", crate::ui::lang_switch::encode_component(&q));
    let is_mentor = roles.contains(&Role::Mentor);
    let is_partner = roles.contains(&Role::Partner);
    view! {
        <li class="card person-admin" data-person=display_name.clone()>
            <h2 class="person-name">
                <a href=format!("/people/{id}")>{display_name.clone()}</a>
                " " <RoleBadges roles=roles.clone() />
            </h2>
            <p class="meta">
                {email}
                {(!email_verified).then(|| view! { " · " {t!(i18n, admin_unverified)} })}
                {guardian_pending.then(|| view! { " · " {t!(i18n, admin_guardian_pending)} })}
                {publishing_blocked.then(|| view! { " · " <strong>{t!(i18n, moderation_blocked)}</strong> })}
            </p>
            <div class="role-actions">
                {Role::ALL.into_iter().map(|role| {
                    let has = roles.contains(&role);
                    view! { <RoleButton user_id=id role has name=display_name.clone() q=q.clone() /> }
                }).collect_view()}
                {slot::<crate::accounts::AdminPersonParts, (i64, bool, String, String)>((id, publishing_blocked, display_name.clone(), back.clone()))}
            </div>
            {is_mentor.then(|| view! {
                <details>
                    <summary>{t!(i18n, mentor_details_title)}</summary>
                    <MentorForm user_id=id details=mentor.clone() flash=flash.clone() back=back.clone() />
                </details>
            })}
            {is_partner.then(|| view! {
                <details>
                    <summary>{t!(i18n, partner_details_title)}</summary>
                    <PartnerForm user_id=id organisation=organisation.clone() flash=flash.clone() back=back.clone() />
                </details>
            })}
        </li>
    }
}

/// One grant or revoke button: a small form, so it works without JavaScript.
#[component]
fn RoleButton(user_id: i64, role: Role, has: bool, name: String, q: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetRole>::new();
    let label = move || {
        let role = role.label(i18n);
        if has {
            format!("{}: {}", t_string!(i18n, admin_revoke), role)
        } else {
            format!("{}: {}", t_string!(i18n, admin_grant), role)
        }
    };
    let aria = {
        let name = name.clone();
        move || format!("{} – {}", label(), name)
    };
    view! {
        <ServerForm action id="set_role" class="inline-form">
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="role" value=role.code() />
            <input type="hidden" name="grant" value=if has { "false" } else { "true" } />
            <input type="hidden" name="q" value=q />
            <button
                type="submit"
                class=if has { "button button-secondary button-small" } else { "button button-small" }
                aria-label=aria
                data-action=format!("{}-{}", if has { "revoke" } else { "grant" }, role.code())
            >
                {label}
            </button>
        </ServerForm>
    }
}

#[component]
pub fn MentorForm(
    user_id: i64,
    details: Option<MentorDetails>,
    flash: Option<FormFlash>,
    #[prop(into)] back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateMentorProfile>::new();
    let details = details.unwrap_or(MentorDetails {
        expertise: Vec::new(),
        capacity: 2,
    });
    let check = |m: &UpdateMentorProfile| crate::accounts::check_mentor(&m.expertise, &m.capacity);
    let scope = format!("m{user_id}");
    view! {
        <ServerForm action id="update_mentor_profile" flash check=check scope=scope>
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="back" value=back />
            <Field name="expertise" label=move || t_string!(i18n, field_expertise) hint=move || t_string!(i18n, hint_skills) value=details.expertise.join(", ") maxlength=700 />
            <Field name="capacity" label=move || t_string!(i18n, field_capacity) hint=move || t_string!(i18n, hint_capacity) value=details.capacity.to_string() inputmode="numeric" required=true maxlength=2 />
            <Submit label=move || t_string!(i18n, save) />
        </ServerForm>
    }
}

#[component]
pub fn PartnerForm(
    user_id: i64,
    organisation: Option<Organisation>,
    flash: Option<FormFlash>,
    #[prop(into)] back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdatePartnerProfile>::new();
    let form = "update_partner_profile";
    let sector = kept_value(flash.as_ref(), form, "org_sector")
        .or_else(|| organisation.as_ref().map(|o| o.sector.code().to_owned()))
        .unwrap_or_default();
    let kind = kept_value(flash.as_ref(), form, "org_kind")
        .or_else(|| organisation.as_ref().map(|o| o.kind.code().to_owned()))
        .unwrap_or_default();
    let org = organisation.clone();
    let check = |p: &UpdatePartnerProfile| {
        crate::accounts::check_organisation(
            &p.org_name,
            &p.org_sector,
            &p.org_kind,
            &p.org_website,
            &p.org_description,
        )
    };
    let scope = format!("p{user_id}");
    let sector_id = format!("f-{scope}-org_sector");
    let kind_id = format!("f-{scope}-org_kind");
    view! {
        <ServerForm action id=form flash check=check scope=scope>
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="back" value=back />
            <Field name="org_name" label=move || t_string!(i18n, field_org_name) value=org.as_ref().map(|o| o.name.clone()).unwrap_or_default() required=true maxlength=120 />
            <div class="field">
                <label for=sector_id.clone()>{t!(i18n, field_org_sector)}</label>
                <select id=sector_id name="org_sector">
                    <option value="" selected=sector.is_empty()>{t!(i18n, choose)}</option>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="org_sector" />
            </div>
            <div class="field">
                <label for=kind_id.clone()>{t!(i18n, field_org_kind)}</label>
                <select id=kind_id name="org_kind">
                    <option value="" selected=kind.is_empty()>{t!(i18n, choose)}</option>
                    {OrgKind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=kind == k.code()>{move || k.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="org_kind" />
            </div>
            <Field name="org_website" kind="url" label=move || t_string!(i18n, field_org_website) value=org.as_ref().map(|o| o.website.clone()).unwrap_or_default() maxlength=200 />
            <TextArea name="org_description" label=move || t_string!(i18n, field_org_description) value=org.as_ref().map(|o| o.description.clone()).unwrap_or_default() maxlength=600 />
            <Submit label=move || t_string!(i18n, save) />
        </ServerForm>
    }
}
