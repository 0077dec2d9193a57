use super::Discussion;
use super::FollowButton;
use super::ModerateButtons;
use super::NeedsView;
use super::ReportForm;
use super::StagePath;
use super::SupportButton;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::format::date_of;
use crate::ui::person::PersonName;
use crate::ui::slots::slot;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub(crate) fn IdeaView(
    detail: IdeaDetail,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move |name: &str| query.with(|q| q.get(name).is_some());
    let IdeaDetail {
        id,
        title,
        summary,
        description_html,
        tags,
        sectors,
        district,
        lat,
        lng,
        needs,
        lang,
        stage,
        archived_reason,
        version,
        support_count,
        comment_count,
        created_at,
        updated_at,
        author,
        coauthors,
        hidden,
        comments,
        comments_earlier,
        comments_page,
        feedback_count,
        me,
        born_in,
        born_in_forum,
        ..
    } = detail;
    let here = format!("/ideas/{id}");
    let og_title = title.clone();
    let og_description = summary.clone();
    let og_locale = if lang == "en" { "en_GB" } else { "lt_LT" };
    // A hidden idea names its authors only to the steering group (who get its title too).
    let show_people = !hidden || !title.is_empty();
    let page_title = if hidden && title.is_empty() {
        t_string!(i18n, hidden_by_moderator).to_owned()
    } else {
        title.clone()
    };
    view! {
        <Title text=page_title.clone() />
        <Meta name="description" content=og_description.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=og_title />
        <Meta property="og:description" content=og_description />
        <Meta property="og:locale" content=og_locale />
        <Meta property="og:site_name" content="Santaka" />
        <article class="idea">
            {notice("shared").then(|| view! {
                <div class="notice notice-success" role="status">
                    <p>{t!(i18n, idea_shared_notice)}</p>
                    {me.editor.then(|| view! { <p><a class="button" href=format!("/ideas/{id}/edit")>{t!(i18n, idea_develop)}</a></p> })}
                </div>
            })}
            {notice("saved").then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, idea_saved_notice)} " " {version}</p></div>
            })}
            {notice("reported").then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, report_thanks)}</p></div>
            })}
            {hidden.then(|| view! {
                <div class="notice notice-warning hidden-notice" role="status" data-testid="idea-hidden">
                    <p>{t!(i18n, hidden_by_moderator)}</p>
                </div>
            })}
            <StagePath stage />
            {archived_reason.map(|reason| view! { <p class="archived-reason"><strong>{t!(i18n, archived_because)}</strong> " " {reason}</p> })}
            <h1 lang=other_lang(&lang)>{page_title}</h1>
            <p class="lead" lang=other_lang(&lang)>{summary}</p>
            {show_people.then(|| view! {
            <p class="meta authors">
                <LangMark lang=lang.clone() /> " "
                {t!(i18n, idea_by)} " " <PersonName person=author />
                {coauthors.into_iter().map(|c| view! { ", " <PersonName person=c /> }).collect_view()}
                " · " {t!(i18n, idea_shared_on)} " " {date_of(&created_at)}
                {(version > 1).then(|| view! { " · " {t!(i18n, idea_updated_on)} " " {date_of(&updated_at)} })}
            </p>
            })}
            {born_in.map(|(workshop, title)| view! {
                <p class="meta born-in" data-testid="idea-born-in">{t!(i18n, idea_born_in)} " " <a href=format!("/workshops/{workshop}")>{title}</a></p>
            })}
            {born_in_forum.map(|(forum, title)| view! {
                <p class="meta born-in" data-testid="idea-born-in-forum">{t!(i18n, idea_born_in_forum)} " " <a href=format!("/forums/{forum}")>{title}</a></p>
            })}
            <SectorChips sectors />
            {(!tags.is_empty()).then(|| view! {
                <ul class="tags">
                    {tags.into_iter().map(|tag| {
                        let href = format!("/ideas?tag={}", crate::ui::lang_switch::encode_component(&tag));
                        view! { <li><A href=href>"#"{tag}</A></li> }
                    }).collect_view()}
                </ul>
            })}
            <div class="idea-actions">
                <SupportButton id supported=me.supported count=support_count may_publish=me.may_publish signed_in=me.signed_in />
                {me.signed_in.then(|| view! { <FollowButton id following=me.following /> })}
                {me.editor.then(|| view! { <a class="button button-secondary" href=format!("/ideas/{id}/edit")>{t!(i18n, idea_edit)}</a> })}
                <a href=format!("/ideas/{id}/history")>{t!(i18n, idea_history_link)} " (" {version} ")"</a>
            </div>
            {(district.is_some() || lat.is_some()).then(|| view! {
                <section class="idea-place" aria-labelledby="place-title">
                    <h2 id="place-title">{t!(i18n, idea_place)}</h2>
                    <p>
                        {district.map(|d| d.name())}
                        {lat.zip(lng).map(|(lat, lng)| view! {
                            " " <a href=format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}") rel="noopener">
                                {format!("{lat:.4}, {lng:.4}")}
                            </a>
                        })}
                    </p>
                </section>
            })}
            {(!needs.is_empty()).then(|| view! { <NeedsView needs /> })}
            {(!hidden).then(|| slot::<IdeaParts, crate::common::ids::IdeaId>(id))}
            {(!description_html.is_empty()).then(|| view! {
                <section class="idea-description" aria-labelledby="description-title">
                    <h2 id="description-title">{t!(i18n, idea_description_field)}</h2>
                    <div class="prose" lang=other_lang(&lang) inner_html=description_html></div>
                </section>
            })}
            {me.steering.then(|| view! { <ModerateButtons idea_id=id comment_id=None hidden back=here.clone() reload /> })}
            {(me.signed_in && !hidden).then(|| view! { <ReportForm idea_id=id comment_id=None flash=flash.clone() /> })}
        </article>
        {(!hidden || me.steering).then(|| view! {
            <Discussion idea_id=id comments comments_earlier comments_page comment_count feedback_count me flash reload />
        })}
    }
}
