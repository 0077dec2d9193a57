use super::{serves_label, when, Outcomes, RegisterPanel, SeatList};
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::person::PersonName;
use crate::workshops::{ages, WorkshopPage};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A workshop's page: what it helps with, when and where, who may come, who leads it, the
/// registration, and for its facilitators the list.
#[component]
pub(crate) fn WorkshopView(page: WorkshopPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let card = page.card.clone();
    let serves = card.serves;
    let meta: String = page.purpose.chars().take(160).collect();
    let (from, to) = ages(card.age_min, card.age_max);
    let who = match (from, to) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("{a}+"),
        (None, Some(b)) => format!("≤ {b}"),
        (None, None) => String::new(),
    };
    view! {
        <Title text=card.title.clone() />
        <Meta name="description" content=meta.clone() />
        <Meta property="og:title" content=card.title.clone() />
        <Meta property="og:description" content=meta />
        <Meta property="og:type" content="event" />
        <p class="breadcrumbs"><a href="/workshops">{t!(i18n, ws_title)}</a></p>
        <article class="workshop" aria-labelledby="workshop-title">
            <header>
                <h1 id="workshop-title" lang=other_lang(&card.lang)>{card.title.clone()}</h1>
                <LangMark lang=card.lang.clone() />
                {card.series.clone().map(|s| view! { <p class="workshop-series">{t!(i18n, ws_series)} ": " {s}</p> })}
            </header>
            <p class="lead" lang=other_lang(&card.lang)>{page.purpose.clone()}</p>
            <dl class="facts">
                <dt>{t!(i18n, ws_when)}</dt>
                <dd data-testid="ws-when">{when(&card)}</dd>
                <dt>{t!(i18n, ws_where)}</dt>
                <dd>{match page.place.clone() {
                    Some(p) => view! {
                        {p.name.clone()} ", " {p.address.clone()}
                        {(!p.accessibility.is_empty()).then(|| view! { <br /><span class="hint">{p.accessibility.clone()}</span> })}
                    }.into_any(),
                    None => view! {
                        {t!(i18n, ws_online)}
                        {match page.online_url.clone() {
                            Some(url) => view! { ": " <a href=url.clone() rel="noopener">{url.clone()}</a> }.into_any(),
                            None => view! { <span class="hint">" (" {t!(i18n, ws_link_for_registered)} ")"</span> }.into_any(),
                        }}
                    }.into_any(),
                }}</dd>
                <dt>{t!(i18n, ws_serves)}</dt>
                <dd>{move || serves_label(i18n, serves)}</dd>
                <dt>{t!(i18n, ws_who)}</dt>
                <dd>
                    {(!who.is_empty()).then(|| view! { {t!(i18n, ws_ages)} " " {who.clone()} ". " })}
                    {t!(i18n, ws_lang)} ": " {if card.lang == "en" { "English" } else { "lietuvių" }}
                </dd>
                <dt>{t!(i18n, ws_seats)}</dt>
                <dd data-testid="ws-seats">{card.taken} " / " {card.capacity}
                    {(card.waiting > 0).then(|| format!(" · {} {}", t_string!(i18n, ws_waiting_count), card.waiting))}</dd>
                <dt>{t!(i18n, ws_facilitators)}</dt>
                <dd>{page.facilitators.clone().into_iter().map(|p| view! { <PersonName person=p /> " " }).collect_view()}</dd>
            </dl>
            <SectorChips sectors=card.sectors.clone() />
            <p><a href=format!("/workshops/{}/workshop.ics", card.id) download="santaka-workshop.ics">{t!(i18n, ws_add_to_calendar)}</a></p>
        </article>
        <RegisterPanel page=page.clone() flash=flash.clone() />
        {(!page.born.is_empty() || page.may_share).then(|| view! {
            <section class="panel born-ideas" aria-labelledby="ws-born-title">
                <h2 id="ws-born-title">{t!(i18n, ws_born_ideas)}</h2>
                {page.born.is_empty().then(|| view! { <p class="empty">{t!(i18n, ws_born_none)}</p> })}
                <ul data-testid="ws-born">
                    {page.born.clone().into_iter().map(|(id, title)| view! { <li><a href=format!("/ideas/{id}")>{title}</a></li> }).collect_view()}
                </ul>
                {page.may_share.then(|| view! {
                    <p><a class="button" href=format!("/ideas/new?workshop={}", card.id)>{t!(i18n, ws_share_born)}</a></p>
                })}
            </section>
        })}
        {page.seats.clone().map(|seats| view! {
            <SeatList id=card.id seats />
            <Outcomes id=card.id teams=page.outcome_teams.clone() outcomes=page.outcomes.clone() flash=flash.clone() />
        })}
    }
}
