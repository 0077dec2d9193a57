use super::MentorForm;
use super::PartnerForm;
use super::RoleButton;
use crate::accounts::components::RoleBadges;
use crate::accounts::PersonRow;
use crate::common::FormFlash;
use crate::common::Role;
use crate::i18n::*;
use crate::ui::slots::slot;
use leptos::prelude::*;

#[component]
pub(crate) fn PersonAdmin(person: PersonRow, flash: Option<FormFlash>, q: String) -> impl IntoView {
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
