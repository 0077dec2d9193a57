use super::agenda_ics;
use super::provide_stars;
use super::span;
use super::ChangeRow;
use super::StarButton;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

#[component]
pub(crate) fn InterventionView(d: InterventionDetail) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(
        d.signed_in,
        if d.starred {
            vec![d.card.id]
        } else {
            Vec::new()
        },
        false,
    );
    let card = d.card.clone();
    let sector = card.sector;
    let category = card.category;
    let status = card.status;
    let public = matches!(status, Status::Published | Status::Cancelled);
    let title = card.title.clone();
    let description = d.description.clone();
    let meta: String = description.chars().take(160).collect();
    view! {
        <Title text=format!("{} – {}", card.title, d.edition.title) />
        <Meta name="description" content=meta.clone() />
        <Meta property="og:title" content=card.title.clone() />
        <Meta property="og:description" content=meta />
        <Meta property="og:type" content="event" />
        <p class="breadcrumbs"><A href="/festival">{d.edition.title.clone()}</A></p>
        <article class="intervention" aria-labelledby="intervention-title">
            <header class="intervention-head">
                <h1 id="intervention-title" lang=other_lang(&card.lang)>{card.title.clone()}</h1>
                <LangMark lang=card.lang.clone() />
                {public.then(|| view! { <StarButton id=card.id title=title.clone() /> })}
            </header>
            {(!public).then(|| view! {
                <p class="notice" role="status">{t!(i18n, fest_not_public)} " " <strong>{move || status.label(i18n)}</strong></p>
            })}
            {(status == Status::Cancelled).then(|| view! {
                <div class="notice notice-error" role="status">
                    <p><strong>{t!(i18n, fest_status_cancelled)}</strong> {d.cancel_reason.clone().map(|r| format!(": {r}"))}</p>
                </div>
            })}
            <dl class="facts">
                <dt>{t!(i18n, fest_when)}</dt>
                <dd data-testid="fest-when">{match card.start {
                    Some(_) => format!("{}, {}", d.edition.day, span(card.start, card.duration)),
                    None => t_string!(i18n, fest_not_placed).to_owned(),
                }}</dd>
                <dt>{t!(i18n, fest_where)}</dt>
                <dd>{match d.venue.clone() {
                    Some(v) => view! {
                        <span>{v.name.clone()}</span> ", " <span>{v.address.clone()}</span> " "
                        <a href=format!("https://www.openstreetmap.org/?mlat={}&mlon={}#map=17/{}/{}", v.lat, v.lon, v.lat, v.lon) rel="noopener">{t!(i18n, fest_on_osm)}</a>
                        {(!v.accessibility.is_empty()).then(|| view! { <p class="hint">{t!(i18n, fest_accessibility)} ": " {v.accessibility.clone()}</p> })}
                        <p class="hint">{if v.indoor { t_string!(i18n, fest_indoor) } else { t_string!(i18n, fest_outdoor) }}</p>
                    }.into_any(),
                    None => t_string!(i18n, fest_not_placed).into_any(),
                }}</dd>
                <dt>{t!(i18n, fest_filter_category)}</dt>
                <dd>{move || category.label(i18n)}</dd>
                <dt>{t!(i18n, fest_filter_sector)}</dt>
                <dd>{move || sector.label(i18n)}</dd>
                {d.idea_id.zip(d.idea_title.clone()).map(|(idea, title)| view! {
                    <dt>{t!(i18n, fest_from_idea)}</dt>
                    <dd><A href=format!("/ideas/{idea}")>{title}</A></dd>
                })}
                {d.team_id.zip(card.team_name.clone()).map(|(team, name)| view! {
                    <dt>{t!(i18n, fest_team)}</dt>
                    <dd><A href=format!("/teams/{team}")>{name}</A></dd>
                })}
                {(!d.people.is_empty()).then(|| view! {
                    <dt>{t!(i18n, fest_people)}</dt>
                    <dd><ul class="inline-list">{d.people.clone().into_iter().map(|person| view! { <li><PersonName person /></li> }).collect_view()}</ul></dd>
                })}
            </dl>
            {(!description.is_empty()).then(|| view! { <div class="intervention-text" lang=other_lang(&card.lang)><p>{description.clone()}</p></div> })}
            {(public && card.start.is_some()).then(|| view! {
                <p><a class="button button-secondary" href=agenda_ics(&[card.id]) download=format!("intervention-{}.ics", card.id)>{t!(i18n, fest_add_to_calendar)}</a></p>
            })}
            {(!d.changes.is_empty()).then(|| view! {
                <section class="fest-changes" aria-labelledby="changes-title">
                    <h2 id="changes-title">{t!(i18n, fest_changes)}</h2>
                    <ul>
                        {d.changes.clone().into_iter().map(|c| view! { <ChangeRow c /> }).collect_view()}
                    </ul>
                </section>
            })}
            {d.may_manage.then(|| view! {
                <p><A href=format!("/festival/manage?status={}#item-{}", card.status.code(), card.id)>{t!(i18n, fest_manage_this)}</A></p>
            })}
        </article>
    }
}
