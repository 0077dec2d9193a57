use super::{when, FlowView, ForumRegister, HarvestList, PublishPanel, ReflectionPanel};
use crate::common::FormFlash;
use crate::forums::ForumPage;
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A forum's page: its calling question, when and where, its hosts and flow, registration,
/// the way to the live view, and the harvest (once published, or for those inside).
#[component]
pub(crate) fn ForumView(page: ForumPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let card = page.card.clone();
    let id = card.id;
    let meta: String = card.calling.chars().take(160).collect();
    view! {
        <Title text=card.title.clone() />
        <Meta name="description" content=meta.clone() />
        <Meta property="og:title" content=card.title.clone() />
        <Meta property="og:description" content=meta />
        <Meta property="og:type" content="event" />
        <p class="breadcrumbs"><a href="/forums">{t!(i18n, fo_title)}</a></p>
        <article class="forum" aria-labelledby="forum-title">
            <header>
                <h1 id="forum-title" lang=other_lang(&card.lang)>{card.title.clone()}</h1>
                <LangMark lang=card.lang.clone() />
            </header>
            <p class="lead forum-calling" lang=other_lang(&card.lang)>{card.calling.clone()}</p>
            {card.live.then(|| view! {
                <p class="notice notice-live">{t!(i18n, fo_on_now)} " "
                    <a href=format!("/forums/{id}/live")>{t!(i18n, fo_open_live)}</a> " · "
                    <a href=format!("/forums/{id}/screen")>{t!(i18n, fo_screen)}</a></p>
            })}
            <dl class="facts">
                <dt>{t!(i18n, ws_when)}</dt>
                <dd data-testid="fo-when">{when(&card)}</dd>
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
                <dt>{t!(i18n, ws_lang)}</dt>
                <dd>{if card.lang == "en" { "English" } else { "lietuvių" }}</dd>
                <dt>{t!(i18n, ws_seats)}</dt>
                <dd data-testid="fo-seats">{card.taken} " / " {card.capacity}
                    {(card.waiting > 0).then(|| format!(" · {} {}", t_string!(i18n, ws_waiting_count), card.waiting))}</dd>
                <dt>{t!(i18n, fo_hosts)}</dt>
                <dd>{page.hosts.clone().into_iter().map(|p| view! { <PersonName person=p /> " " }).collect_view()}</dd>
            </dl>
            <p><a href=format!("/forums/{id}/forum.ics") download="santaka-forum.ics">{t!(i18n, ws_add_to_calendar)}</a></p>
            {page.is_host.then(|| view! {
                <p class="host-links">
                    <a class="button" href=format!("/forums/{id}/console")>{t!(i18n, fo_console)}</a> " "
                    <a class="button button-secondary" href=format!("/forums/{id}/screen")>{t!(i18n, fo_screen)}</a>
                </p>
            })}
        </article>
        <FlowView page=page.clone() flash=flash.clone() />
        <ForumRegister page=page.clone() flash=flash.clone() />
        <ReflectionPanel page=page.clone() flash=flash.clone() />
        {(!page.harvest.is_empty()).then(|| view! { <HarvestList notes=page.harvest.clone() forum_id=id share=page.may_share.then_some(id) ideas=page.comment_ideas.clone() /> })}
        {(!page.born.is_empty() || page.past).then(|| view! {
            <section class="panel born-ideas" aria-labelledby="fo-born-title">
                <h2 id="fo-born-title">{t!(i18n, fo_born)} " " <span class="count">{page.born.len()}</span></h2>
                {page.born.is_empty().then(|| view! { <p class="empty">{t!(i18n, fo_born_none)}</p> })}
                <ul data-testid="fo-born">
                    {page.born.clone().into_iter().map(|(idea, title, stage)| view! {
                        <li><a href=format!("/ideas/{idea}")>{title}</a> " · " {move || stage.label(i18n)}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {page.is_host.then(|| view! { <PublishPanel page=page.clone() flash=flash.clone() /> })}
    }
}
