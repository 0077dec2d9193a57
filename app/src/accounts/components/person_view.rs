use super::RoleBadges;
use crate::accounts::{MentorDetails, Organisation, PublicPerson};
use crate::i18n::*;
use crate::ui::slots::slot;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub(crate) fn PersonView(person: PublicPerson) -> impl IntoView {
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
