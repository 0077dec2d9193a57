use super::DeleteForm;
use super::PasswordForm;
use super::ProfileForm;
use super::RoleBadges;
use crate::accounts::api::ResendConfirmation;
use crate::accounts::components::{MentorForm, PartnerForm};
use crate::accounts::MyProfile;
use crate::common::FormFlash;
use crate::common::Role;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub(crate) fn MyProfileContent(profile: MyProfile, flash: Option<FormFlash>) -> impl IntoView {
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
