//! The pages of ideas: the public list, sharing, an idea's page with its discussion, editing,
//! the history of versions, accepting a co-author invitation, and the moderation queue.
use super::api::*;
use super::stage::{moves_from, Mover};
use super::*;
use crate::common::error::AppError;
use crate::common::sectors::Sector;
use crate::common::FormFlash;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::chips::SectorChips;
use crate::ui::error_view::ErrorMessage;
use crate::ui::format::date_of;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::navigate::go_to_result;
use crate::ui::person::PersonName;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::{Form, A};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::common::codes::I18n;

#[component]
fn StageBadge(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=format!("stage stage-{}", stage.code()) data-stage=stage.code()>
            {move || stage.label(i18n)}
        </span>
    }
}

// ---------------------------------------------------------------------------------------
// The public list
// ---------------------------------------------------------------------------------------
#[component]
pub fn IdeasPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| IdeaFilter::from_params(|name| q.get(name))));
    let ideas = Resource::new(
        move || filter.get(),
        |f| {
            list_ideas(
                f.q.clone(),
                f.sector.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.stage.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.tag.clone().unwrap_or_default(),
                f.district.map(|d| d.code().to_owned()).unwrap_or_default(),
                f.sort.code().to_owned(),
                f.page.to_string(),
            )
        },
    );
    view! {
        <Title text=move || t_string!(i18n, ideas_title).to_owned() />
        <Meta name="description" content=move || t_string!(i18n, ideas_meta_description).to_owned() />
        <div class="container">
            <div class="page-head">
                <h1>{t!(i18n, ideas_title)}</h1>
                <a class="button" href="/ideas/new">{t!(i18n, idea_share_cta)}</a>
            </div>
            {move || view! { <FilterForm filter=filter.get() /> }}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match ideas.await {
                        Ok(list) => view! { <IdeaResults list filter=filter.get_untracked() /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn FilterForm(filter: IdeaFilter) -> impl IntoView {
    let i18n = use_i18n();
    let sector = filter.sector.map(Sector::code).unwrap_or_default();
    let stage = filter.stage.map(Stage::code).unwrap_or_default();
    let district = filter.district.map(District::code).unwrap_or_default();
    let sort = filter.sort;
    let tag = filter.tag.clone();
    view! {
        <Form method="GET" action="/ideas" attr:class="filters" attr:role="search" attr:aria-label=move || t_string!(i18n, ideas_filters)>
            <div class="field filter-q">
                <label for="ideas-q">{t!(i18n, ideas_search_label)}</label>
                <input id="ideas-q" name="q" type="search" value=filter.q.clone() maxlength="100" />
            </div>
            <div class="field">
                <label for="ideas-sector">{t!(i18n, idea_sector)}</label>
                <select id="ideas-sector" name="sector">
                    <option value="" selected=sector.is_empty()>{t!(i18n, filter_any)}</option>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-stage">{t!(i18n, idea_stage)}</label>
                <select id="ideas-stage" name="stage">
                    <option value="" selected=stage.is_empty()>{t!(i18n, filter_any_active)}</option>
                    {Stage::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=stage == s.code()>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-district">{t!(i18n, idea_district)}</label>
                <select id="ideas-district" name="district">
                    <option value="" selected=district.is_empty()>{t!(i18n, filter_any)}</option>
                    {District::ALL.into_iter().map(|d| view! {
                        <option value=d.code() selected=district == d.code()>{d.name()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ideas-sort">{t!(i18n, ideas_sort)}</label>
                <select id="ideas-sort" name="sort">
                    {SortOrder::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sort == s>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            {tag.map(|tag| view! {
                <input type="hidden" name="tag" value=tag.clone() />
                <p class="active-tag">
                    {t!(i18n, idea_tag)} ": " <strong>"#"{tag.clone()}</strong>
                </p>
            })}
            <div class="filter-actions">
                <button type="submit" class="button">{t!(i18n, ideas_apply)}</button>
                {filter.is_filtered().then(|| view! { <A href="/ideas">{t!(i18n, ideas_clear)}</A> })}
            </div>
        </Form>
    }
}

#[component]
fn IdeaResults(list: IdeaList, filter: IdeaFilter) -> impl IntoView {
    let i18n = use_i18n();
    let IdeaList {
        items,
        total,
        page,
        pages,
    } = list;
    if items.is_empty() {
        return view! {
            <div class="empty" role="status">
                <p>{if filter.is_filtered() { t!(i18n, ideas_none_match).into_any() } else { t!(i18n, ideas_none_yet).into_any() }}</p>
                <p><a class="button" href="/ideas/new">{t!(i18n, idea_share_cta)}</a></p>
            </div>
        }
        .into_any();
    }
    let prev = (page > 1).then(|| format!("/ideas{}", filter.to_query(page - 1)));
    let next = (page < pages).then(|| format!("/ideas{}", filter.to_query(page + 1)));
    view! {
        <p class="result-count" role="status">{t!(i18n, ideas_found)} " " {total}</p>
        <ul class="idea-list">
            {items.into_iter().map(|idea| view! { <IdeaCardView idea /> }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=move || t_string!(i18n, pagination_label)>
                {prev.map(|href| view! { <A href=href attr:rel="prev">{t!(i18n, page_prev)}</A> })}
                <span>{t!(i18n, page_label)} " " {page} " / " {pages}</span>
                {next.map(|href| view! { <A href=href attr:rel="next">{t!(i18n, page_next)}</A> })}
            </nav>
        })}
    }
    .into_any()
}

#[component]
fn IdeaCardView(idea: IdeaCard) -> impl IntoView {
    let i18n = use_i18n();
    let IdeaCard {
        id,
        title,
        summary,
        stage,
        sectors,
        tags,
        district,
        author,
        support_count,
        comment_count,
        created_at,
    } = idea;
    view! {
        <li class="card idea-card" data-idea=id>
            <div class="idea-card-head">
                <StageBadge stage />
                {district.map(|d| view! { <span class="district">{d.name()}</span> })}
            </div>
            <h2 class="idea-card-title"><A href=format!("/ideas/{id}")>{title}</A></h2>
            <p class="idea-summary">{summary}</p>
            <SectorChips sectors />
            {(!tags.is_empty()).then(|| view! {
                <ul class="tags">
                    {tags.into_iter().map(|tag| {
                        let href = format!("/ideas?tag={}", crate::ui::lang_switch::encode_component(&tag));
                        view! { <li><A href=href>"#"{tag}</A></li> }
                    }).collect_view()}
                </ul>
            })}
            <p class="meta">
                <PersonName person=author />
                " · " {date_of(&created_at)}
                " · " <span data-count="supports">{t!(i18n, supports_label)} ": " {support_count}</span>
                " · " <span data-count="comments">{t!(i18n, comments_label)} ": " {comment_count}</span>
            </p>
        </li>
    }
}

// ---------------------------------------------------------------------------------------
// Sharing
// ---------------------------------------------------------------------------------------
#[component]
pub fn ShareIdeaPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, share_title).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, share_title)}</h1>
            <p class="lead">{t!(i18n, share_lead)}</p>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match session.await {
                        Ok(SessionInfo { viewer: None, .. }) => view! { <SignInToContinue next="/ideas/new".to_owned() /> }.into_any(),
                        Ok(SessionInfo { viewer: Some(viewer), flash, .. }) => {
                            if viewer.may_publish() {
                                view! { <ShareForm flash /> }.into_any()
                            } else {
                                view! { <div class="notice" role="status"><p>{t!(i18n, publish_not_yet)}</p></div> }.into_any()
                            }
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// Checkboxes of the five sectors, `chosen` ticked.
#[component]
fn SectorBoxes(chosen: Vec<String>, #[prop(optional, into)] scope: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field checkbox-group" aria-describedby=format!("f-{scope}sectors-error")>
            <legend>{t!(i18n, idea_sectors)} <span class="required" aria-hidden="true">" *"</span></legend>
            {Sector::ALL.into_iter().map(|s| {
                let id = format!("f-{scope}sector-{}", s.code());
                view! {
                    <label class="checkbox" for=id.clone()>
                        <input type="checkbox" id=id.clone() name="sectors[]" value=s.code() checked=chosen.iter().any(|c| c == s.code()) />
                        {move || s.label(i18n)}
                    </label>
                }
            }).collect_view()}
            <FieldErrorFor name="sectors" />
        </fieldset>
    }
}

fn kept_list(flash: Option<&FormFlash>, form: &str, name: &str) -> Option<Vec<String>> {
    flash.filter(|f| f.form == form).map(|f| {
        f.values
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    })
}

#[component]
fn ShareForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ShareIdea>::new();
    let chosen = kept_list(flash.as_ref(), "share_idea", "sectors[]").unwrap_or_default();
    let check = |s: &ShareIdea| check_share(&s.title, &s.summary, &s.sectors);
    // What is typed into the title, settled for a moment, drives the similar ideas.
    let typed = RwSignal::new(String::new());
    let settled = RwSignal::new(String::new());
    let on_input = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        else {
            return;
        };
        if input.name() != "title" {
            return;
        }
        let value = input.value();
        typed.set(value.clone());
        set_timeout(
            // The page may be gone by then (the form was sent and the app moved on).
            move || {
                if typed.try_get_untracked().as_deref() == Some(value.as_str()) {
                    let _ = settled.try_set(value);
                }
            },
            std::time::Duration::from_millis(350),
        );
    };
    let similar = Resource::new(
        move || settled.get(),
        |title| async move {
            if title.trim().chars().count() < 4 {
                Ok(Vec::new())
            } else {
                similar_ideas(title).await
            }
        },
    );
    view! {
        <div on:input=on_input>
            <ServerForm action id="share_idea" flash check=check on_success=go_to_result()>
                <Field name="title" label=move || t_string!(i18n, idea_title_field) hint=move || t_string!(i18n, hint_idea_title) required=true maxlength=TITLE_MAX />
                <SimilarIdeas similar />
                <TextArea name="summary" label=move || t_string!(i18n, idea_summary_field) hint=move || t_string!(i18n, hint_idea_summary) maxlength=SUMMARY_MAX />
                <SectorBoxes chosen />
                <Submit label=move || t_string!(i18n, share_submit) />
            </ServerForm>
        </div>
    }
}

#[component]
fn SimilarIdeas(similar: Resource<Result<Vec<SimilarIdea>, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="similar" aria-live="polite">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let found = similar.await.unwrap_or_default();
                    (!found.is_empty()).then(|| view! {
                        <div class="notice similar-ideas" data-testid="similar-ideas">
                            <p>{t!(i18n, similar_lead)}</p>
                            <ul>
                                {found.into_iter().map(|idea| view! {
                                    <li>
                                        <a href=format!("/ideas/{}", idea.id) target="_blank" rel="noopener">{idea.title}</a>
                                        " " <StageBadge stage=idea.stage />
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    })
                })}
            </Transition>
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// An idea's page
// ---------------------------------------------------------------------------------------
fn idea_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok()).unwrap_or(0)))
}

#[component]
pub fn IdeaPage() -> impl IntoView {
    let id = idea_id();
    let idea = Resource::new(move || id.get(), get_idea);
    let session = use_session();
    view! {
        <div class="container idea-page">
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match idea.await {
                        Ok(detail) => view! { <IdeaView detail flash reload=Callback::new(move |_: String| idea.refetch()) /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn IdeaView(
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
        me,
        ..
    } = detail;
    let here = format!("/ideas/{id}");
    let og_title = title.clone();
    let og_description = summary.clone();
    let og_locale = if lang == "en" { "en_GB" } else { "lt_LT" };
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
        <article class="idea" lang=lang.clone()>
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
            <h1>{page_title}</h1>
            <p class="lead">{summary}</p>
            <p class="meta authors">
                {t!(i18n, idea_by)} " " <PersonName person=author />
                {coauthors.into_iter().map(|c| view! { ", " <PersonName person=c /> }).collect_view()}
                " · " {t!(i18n, idea_shared_on)} " " {date_of(&created_at)}
                {(version > 1).then(|| view! { " · " {t!(i18n, idea_updated_on)} " " {date_of(&updated_at)} })}
            </p>
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
                <SupportButton id supported=me.supported count=support_count me=me.clone() reload />
                {me.signed_in.then(|| view! { <FollowButton id following=me.following reload /> })}
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
            {(!hidden).then(|| view! { <crate::teams::page::IdeaTeamBox idea_id=id /> })}
            {(!hidden).then(|| view! { <crate::festival::page::IdeaInterventions idea_id=id /> })}
            {(!description_html.is_empty()).then(|| view! {
                <section class="idea-description" aria-labelledby="description-title">
                    <h2 id="description-title">{t!(i18n, idea_description_field)}</h2>
                    <div class="prose" inner_html=description_html></div>
                </section>
            })}
            {me.steering.then(|| view! { <ModerateButtons idea_id=id comment_id=None hidden back=here.clone() reload /> })}
            {(me.signed_in && !hidden).then(|| view! { <ReportForm idea_id=id comment_id=None flash=flash.clone() /> })}
        </article>
        {(!hidden || me.steering).then(|| view! {
            <Discussion idea_id=id comments comment_count me flash reload />
        })}
    }
}

/// The path of stages with the current one marked.
#[component]
fn StagePath(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    let current = stage.step();
    view! {
        <ol class="stage-path" aria-label=move || t_string!(i18n, idea_stage)>
            {Stage::ALL[..6].iter().enumerate().map(|(i, s)| {
                let s = *s;
                let state = match current {
                    Some(c) if i < c => "done",
                    Some(c) if i == c => "current",
                    _ => "todo",
                };
                view! {
                    <li class=format!("stage-step stage-step-{state}") aria-current=(state == "current").then_some("step")>
                        {move || s.label(i18n)}
                    </li>
                }
            }).collect_view()}
            {(stage == Stage::Archived).then(|| view! {
                <li class="stage-step stage-step-current" aria-current="step">{move || (Stage::Archived).label(i18n)}</li>
            })}
        </ol>
    }
}

#[component]
fn NeedsView(needs: Needs) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="idea-needs" aria-labelledby="needs-title">
            <h2 id="needs-title">{t!(i18n, idea_needs)}</h2>
            <ul class="needs">
                {(!needs.skills.is_empty()).then(|| view! {
                    <li><strong>{t!(i18n, need_skills)}</strong> ": " {needs.skills.join(", ")}</li>
                })}
                {needs.venue.then(|| view! { <li>{t!(i18n, need_venue)}</li> })}
                {needs.money.then(|| view! { <li>{t!(i18n, need_money)}</li> })}
                {needs.materials.then(|| view! { <li>{t!(i18n, need_materials)}</li> })}
            </ul>
            {(!needs.note.is_empty()).then(|| view! { <p>{needs.note}</p> })}
        </section>
    }
}

#[component]
fn SupportButton(
    id: i64,
    supported: bool,
    count: i64,
    me: ViewerState,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SupportIdea>::new();
    if !me.may_publish {
        return view! {
            <span class="support-count" data-testid="support-count">{t!(i18n, supports_label)} ": " {count}</span>
            {(!me.signed_in).then(|| view! {
                <a class="button" href=format!("/login?next=/ideas/{id}")>{t!(i18n, support_sign_in)}</a>
            })}
        }
        .into_any();
    }
    view! {
        <ServerForm action id="support_idea" class="inline-form" on_success=reload scope=format!("support{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=if supported { "false" } else { "true" } />
            <button type="submit" class=if supported { "button button-secondary" } else { "button" } aria-pressed=if supported { "true" } else { "false" } data-testid="support-button">
                {if supported { t!(i18n, supported).into_any() } else { t!(i18n, support).into_any() }}
                " (" <span data-testid="support-count">{count}</span> ")"
            </button>
        </ServerForm>
    }
    .into_any()
}

#[component]
fn FollowButton(id: i64, following: bool, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<FollowIdea>::new();
    view! {
        <ServerForm action id="follow_idea" class="inline-form" on_success=reload scope=format!("follow{id}")>
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="on" value=if following { "false" } else { "true" } />
            <button type="submit" class="button button-secondary" aria-pressed=if following { "true" } else { "false" }>
                {if following { t!(i18n, following).into_any() } else { t!(i18n, follow).into_any() }}
            </button>
        </ServerForm>
    }
}

/// Report an idea or a comment: a small form inside a disclosure.
#[component]
fn ReportForm(idea_id: i64, comment_id: Option<i64>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReportContent>::new();
    let scope = format!("report{idea_id}-{}", comment_id.unwrap_or(0));
    let select_id = format!("f-{scope}-reason");
    let done = RwSignal::new(false);
    // The page stays as it is (a report changes nothing anyone sees); the thanks appear here.
    let on_success = Callback::new(move |_: String| done.set(true));
    view! {
        <details class="report">
            <summary>{if comment_id.is_some() { t!(i18n, report_comment).into_any() } else { t!(i18n, report_idea).into_any() }}</summary>
            <ServerForm action id="report_content" flash scope=scope.clone() on_success>
                <input type="hidden" name="idea_id" value=idea_id />
                {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
                <div class="field">
                    <label for=select_id.clone()>{t!(i18n, report_reason)}</label>
                    <select id=select_id name="reason">
                        {ReportReason::ALL.into_iter().map(|r| view! {
                            <option value=r.code()>{move || r.label(i18n)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field name="note" label=move || t_string!(i18n, report_note) maxlength=NOTE_MAX />
                <Submit label=move || t_string!(i18n, report_submit) secondary=true />
            </ServerForm>
            {move || done.get().then(|| view! { <p role="status">{t!(i18n, report_thanks)}</p> })}
        </details>
    }
}

/// Hide or restore, for the steering group.
#[component]
fn ModerateButtons(
    idea_id: i64,
    comment_id: Option<i64>,
    hidden: bool,
    back: String,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Moderate>::new();
    view! {
        <ServerForm action id="moderate" class="inline-form moderate" on_success=reload scope=format!("mod{idea_id}-{}", comment_id.unwrap_or(0))>
            <input type="hidden" name="idea_id" value=idea_id />
            {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
            <input type="hidden" name="action" value=if hidden { "restore" } else { "hide" } />
            <input type="hidden" name="back" value=back />
            <button type="submit" class="button button-secondary button-small" data-action=if hidden { "restore" } else { "hide" }>
                {if hidden { t!(i18n, moderation_restore).into_any() } else { t!(i18n, moderation_hide).into_any() }}
            </button>
        </ServerForm>
    }
}

#[component]
fn Discussion(
    idea_id: i64,
    comments: Vec<CommentView>,
    comment_count: i64,
    me: ViewerState,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let only_feedback = Memo::new(move |_| query.with(|q| q.get("feedback").is_some()));
    let feedback_count = comments.iter().filter(|c| c.feedback.is_some()).count();
    let comments = StoredValue::new(comments);
    let me = StoredValue::new(me);
    let flash = StoredValue::new(flash);
    view! {
        <section class="discussion" aria-labelledby="discussion-title">
            <h2 id="discussion-title">{t!(i18n, discussion_title)} " (" {comment_count} ")"</h2>
            <nav class="discussion-filter" aria-label=move || t_string!(i18n, discussion_filter)>
                <A href=format!("/ideas/{idea_id}") attr:aria-current=move || (!only_feedback.get()).then_some("page")>{t!(i18n, discussion_all)}</A>
                <A href=format!("/ideas/{idea_id}?feedback=1") attr:aria-current=move || only_feedback.get().then_some("page")>
                    {t!(i18n, discussion_feedback_only)} " (" {feedback_count} ")"
                </A>
            </nav>
            {move || {
                let only = only_feedback.get();
                let shown: Vec<CommentView> = comments.get_value().into_iter().filter(|c| !only || c.feedback.is_some()).collect();
                if shown.is_empty() {
                    view! { <p class="empty">{if only { t!(i18n, feedback_none).into_any() } else { t!(i18n, comments_none).into_any() }}</p> }.into_any()
                } else {
                    view! {
                        <ol class="comments">
                            {shown.into_iter().map(|c| view! { <CommentItem idea_id comment=c me=me.get_value() flash=flash.get_value() reload top=true /> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            {move || {
                let me = me.get_value();
                if !me.signed_in {
                    view! { <SignInToContinue next=format!("/ideas/{idea_id}") /> }.into_any()
                } else if !me.may_publish {
                    view! { <p class="notice">{t!(i18n, publish_not_yet)}</p> }.into_any()
                } else {
                    view! { <CommentForm idea_id parent_id=None mentor=me.mentor flash=flash.get_value() reload /> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn CommentItem(
    idea_id: i64,
    comment: CommentView,
    me: ViewerState,
    flash: Option<FormFlash>,
    reload: Callback<String>,
    top: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let CommentView {
        id,
        author,
        body_html,
        feedback,
        addressed,
        created_at,
        hidden,
        replies,
    } = comment;
    let class = match feedback {
        Some(kind) => format!("comment feedback feedback-{}", kind.code()),
        None => "comment".to_owned(),
    };
    let show_body = !hidden || me.steering;
    view! {
        <li class=class id=format!("comment-{id}") data-comment=id>
            <div class="comment-head">
                <PersonName person=author />
                " · " <span class="meta">{date_of(&created_at)}</span>
                {feedback.map(|kind| view! {
                    " " <span class="feedback-badge" data-feedback=kind.code()>
                        {t!(i18n, mentor_feedback)} ": " {move || kind.label(i18n)}
                    </span>
                    {addressed.then(|| view! { " " <span class="addressed-badge" data-testid="addressed">{t!(i18n, feedback_addressed)}</span> })}
                })}
            </div>
            {hidden.then(|| view! { <p class="hidden-comment" data-testid="comment-hidden"><em>{t!(i18n, hidden_by_moderator)}</em></p> })}
            {show_body.then(|| view! { <div class="prose comment-body" inner_html=body_html></div> })}
            <div class="comment-actions">
                {(feedback.is_some() && me.editor && me.may_publish && !hidden).then(|| view! { <AddressedButton comment_id=id addressed reload /> })}
                {me.steering.then(|| view! { <ModerateButtons idea_id comment_id=Some(id) hidden back=format!("/ideas/{idea_id}#comment-{id}") reload /> })}
                {(me.signed_in && !hidden).then(|| view! { <ReportForm idea_id comment_id=Some(id) flash=None /> })}
            </div>
            {(!replies.is_empty()).then(|| view! {
                <ol class="replies">
                    {replies.into_iter().map(|r| view! { <CommentItem idea_id comment=r me=me.clone() flash=None reload top=false /> }.into_any()).collect_view()}
                </ol>
            })}
            {(top && me.may_publish && !hidden).then(|| view! {
                <details class="reply">
                    <summary>{t!(i18n, reply)}</summary>
                    <CommentForm idea_id parent_id=Some(id) mentor=false flash=flash.clone() reload />
                </details>
            })}
        </li>
    }
}

#[component]
fn AddressedButton(comment_id: i64, addressed: bool, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MarkAddressed>::new();
    view! {
        <ServerForm action id="mark_addressed" class="inline-form" on_success=reload scope=format!("addr{comment_id}")>
            <input type="hidden" name="comment_id" value=comment_id />
            <input type="hidden" name="addressed" value=if addressed { "false" } else { "true" } />
            <button type="submit" class="button button-small button-secondary" data-action="addressed">
                {if addressed { t!(i18n, feedback_reopen).into_any() } else { t!(i18n, feedback_mark_addressed).into_any() }}
            </button>
        </ServerForm>
    }
}

#[component]
fn CommentForm(
    idea_id: i64,
    parent_id: Option<i64>,
    mentor: bool,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostComment>::new();
    let form = if parent_id.is_some() {
        "reply"
    } else {
        "post_comment"
    };
    let scope = match parent_id {
        Some(p) => format!("reply{p}"),
        None => "comment".to_owned(),
    };
    let check = |c: &PostComment| check_comment(&c.body, &c.feedback);
    let kept_kind = kept_value(flash.as_ref(), form, "feedback").unwrap_or_default();
    let kind_id = format!("f-{scope}-feedback");
    view! {
        <ServerForm action id=form flash check=check scope=scope on_success=reload class="form comment-form">
            <input type="hidden" name="idea_id" value=idea_id />
            {parent_id.map(|p| view! { <input type="hidden" name="parent_id" value=p /> })}
            <TextArea name="body" label=move || if parent_id.is_some() { t_string!(i18n, reply_field) } else { t_string!(i18n, comment_field) } hint=move || t_string!(i18n, hint_markdown_lite) maxlength=COMMENT_MAX />
            {mentor.then(|| view! {
                <div class="field">
                    <label for=kind_id.clone()>{t!(i18n, feedback_kind_field)}</label>
                    <select id=kind_id name="feedback">
                        <option value="" selected=kept_kind.is_empty()>{t!(i18n, feedback_plain_comment)}</option>
                        {FeedbackKind::ALL.into_iter().map(|k| view! {
                            <option value=k.code() selected=kept_kind == k.code()>{move || k.label(i18n)}</option>
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="feedback" />
                </div>
            })}
            <Submit label=move || if parent_id.is_some() { t_string!(i18n, reply_submit) } else { t_string!(i18n, comment_submit) } />
        </ServerForm>
    }
}

// ---------------------------------------------------------------------------------------
// Editing
// ---------------------------------------------------------------------------------------
#[component]
pub fn EditIdeaPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = idea_id();
    let idea = Resource::new(move || id.get(), get_idea);
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, edit_title).to_owned() />
        <div class="container narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let flash = info.as_ref().and_then(|s| s.flash.clone());
                    let signed_in = info.as_ref().is_some_and(|s| s.viewer.is_some());
                    match idea.await {
                        Ok(detail) if detail.me.editor || detail.me.steering => view! { <EditContent detail flash /> }.into_any(),
                        Ok(detail) if !signed_in => view! { <SignInToContinue next=format!("/ideas/{}/edit", detail.id) /> }.into_any(),
                        Ok(_) => view! { <ErrorMessage error=AppError::Forbidden /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn EditContent(detail: IdeaDetail, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let invited = move || query.with(|q| q.get("invited").is_some());
    let id = detail.id;
    let mover = Mover {
        editor: detail.me.editor && detail.me.may_publish,
        steering: detail.me.steering,
    };
    let moves = moves_from(detail.stage, mover);
    view! {
        <h1>{t!(i18n, edit_title)}</h1>
        <p><a href=format!("/ideas/{id}")>{t!(i18n, back_to_idea)} " " {detail.title.clone()}</a></p>
        {move || invited().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, invite_sent)}</p></div> })}
        {(detail.me.editor && detail.me.may_publish).then(|| view! { <EditForm detail=detail.clone() flash=flash.clone() /> })}
        {(!moves.is_empty()).then(|| view! { <StageForm id stage=detail.stage moves flash=flash.clone() /> })}
        {(detail.me.editor && detail.me.may_publish).then(|| view! { <InviteForm id flash=flash.clone() /> })}
    }
}

#[component]
fn EditForm(detail: IdeaDetail, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateIdea>::new();
    let form = "update_idea";
    let chosen = kept_list(flash.as_ref(), form, "sectors[]")
        .unwrap_or_else(|| detail.sectors.iter().map(|s| s.code().to_owned()).collect());
    let district = kept_value(flash.as_ref(), form, "district").unwrap_or_else(|| {
        detail
            .district
            .map(|d| d.code().to_owned())
            .unwrap_or_default()
    });
    let flag = |name: &str, stored: bool| {
        kept_value(flash.as_ref(), form, name)
            .map(|v| v == "on")
            .unwrap_or(stored)
    };
    let venue = flag("need_venue", detail.needs.venue);
    let money = flag("need_money", detail.needs.money);
    let materials = flag("need_materials", detail.needs.materials);
    let check = |u: &UpdateIdea| {
        check_idea(&IdeaFields {
            title: &u.title,
            summary: &u.summary,
            sectors: &u.sectors,
            description: &u.description,
            tags: &u.tags,
            district: &u.district,
            lat: &u.lat,
            lng: &u.lng,
            need_skills: &u.need_skills,
            needs_note: &u.needs_note,
        })
    };
    let point = |v: Option<f64>| v.map(|v| format!("{v:.5}")).unwrap_or_default();
    view! {
        <ServerForm action id=form flash check=check class="form idea-form" on_success=go_to_result()>
            <input type="hidden" name="id" value=detail.id />
            <input type="hidden" name="version" value=detail.version />
            <Field name="title" label=move || t_string!(i18n, idea_title_field) value=detail.title.clone() required=true maxlength=TITLE_MAX />
            <TextArea name="summary" label=move || t_string!(i18n, idea_summary_field) value=detail.summary.clone() maxlength=SUMMARY_MAX />
            <SectorBoxes chosen />
            <TextArea name="description" label=move || t_string!(i18n, idea_description_field) hint=move || t_string!(i18n, hint_markdown) value=detail.description.clone() maxlength=DESCRIPTION_MAX />
            <Field name="tags" label=move || t_string!(i18n, idea_tags_field) hint=move || t_string!(i18n, hint_tags) value=detail.tags.join(", ") maxlength=400 />
            <fieldset class="field">
                <legend>{t!(i18n, idea_place)}</legend>
                <div class="field">
                    <label for="f-district">{t!(i18n, idea_district)}</label>
                    <select id="f-district" name="district">
                        <option value="" selected=district.is_empty()>{t!(i18n, choose)}</option>
                        {District::ALL.into_iter().map(|d| view! {
                            <option value=d.code() selected=district == d.code()>{d.name()}</option>
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="district" />
                </div>
                <p class="hint">{t!(i18n, hint_point)}</p>
                <div class="field-row">
                    <Field name="lat" label=move || t_string!(i18n, idea_lat) value=point(detail.lat) inputmode="decimal" maxlength=12 />
                    <Field name="lng" label=move || t_string!(i18n, idea_lng) value=point(detail.lng) inputmode="decimal" maxlength=12 />
                </div>
            </fieldset>
            <fieldset class="field">
                <legend>{t!(i18n, idea_needs)}</legend>
                <Field name="need_skills" label=move || t_string!(i18n, need_skills) hint=move || t_string!(i18n, hint_tags) value=detail.needs.skills.join(", ") maxlength=400 />
                <label class="checkbox" for="f-need_venue"><input type="checkbox" id="f-need_venue" name="need_venue" checked=venue />{t!(i18n, need_venue)}</label>
                <label class="checkbox" for="f-need_money"><input type="checkbox" id="f-need_money" name="need_money" checked=money />{t!(i18n, need_money)}</label>
                <label class="checkbox" for="f-need_materials"><input type="checkbox" id="f-need_materials" name="need_materials" checked=materials />{t!(i18n, need_materials)}</label>
                <TextArea name="needs_note" label=move || t_string!(i18n, needs_note) value=detail.needs.note.clone() maxlength=NOTE_MAX />
            </fieldset>
            <Submit label=move || t_string!(i18n, save_version) />
        </ServerForm>
    }
}

#[component]
fn StageForm(id: i64, stage: Stage, moves: Vec<Stage>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetIdeaStage>::new();
    view! {
        <section class="card" aria-labelledby="stage-title">
            <h2 id="stage-title">{t!(i18n, idea_stage)}</h2>
            <p>{t!(i18n, stage_now)} " " <StageBadge stage /></p>
            <ServerForm action id="set_idea_stage" flash scope="stage" on_success=go_to_result()>
                <input type="hidden" name="id" value=id />
                <div class="field">
                    <label for="f-stage-stage">{t!(i18n, stage_move_to)}</label>
                    <select id="f-stage-stage" name="stage">
                        {moves.into_iter().map(|s| view! { <option value=s.code()>{move || s.label(i18n)}</option> }).collect_view()}
                    </select>
                    <FieldErrorFor name="stage" />
                </div>
                <Field name="reason" label=move || t_string!(i18n, archive_reason) hint=move || t_string!(i18n, hint_archive_reason) maxlength=REASON_MAX />
                <Submit label=move || t_string!(i18n, stage_submit) secondary=true />
            </ServerForm>
            <p class="hint">{t!(i18n, stage_gates_later)}</p>
        </section>
    }
}

#[component]
fn InviteForm(id: i64, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<InviteCoauthor>::new();
    view! {
        <section class="card" aria-labelledby="invite-title">
            <h2 id="invite-title">{t!(i18n, invite_title)}</h2>
            <p>{t!(i18n, invite_lead)}</p>
            <ServerForm action id="invite_coauthor" flash scope="invite" on_success=go_to_result()>
                <input type="hidden" name="id" value=id />
                <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="off" required=true maxlength=254 />
                <Submit label=move || t_string!(i18n, invite_submit) secondary=true />
            </ServerForm>
        </section>
    }
}

// ---------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------
#[component]
pub fn HistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = idea_id();
    let query = use_query_map();
    let range = move || {
        query.with(|q| {
            (
                q.get("from").and_then(|v| v.parse::<i64>().ok()),
                q.get("to").and_then(|v| v.parse::<i64>().ok()),
            )
        })
    };
    let history = Resource::new(
        move || (id.get(), range()),
        |(id, (from, to))| idea_history(id, from, to),
    );
    view! {
        <Title text=move || t_string!(i18n, history_title).to_owned() />
        <div class="container">
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match history.await {
                        Ok(history) => view! { <HistoryView history /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

fn field_label(i18n: I18n, field: &str) -> &'static str {
    match field {
        "title" => t_string!(i18n, idea_title_field),
        "summary" => t_string!(i18n, idea_summary_field),
        "description" => t_string!(i18n, idea_description_field),
        "tags" => t_string!(i18n, idea_tags_field),
        "sectors" => t_string!(i18n, idea_sectors),
        "district" => t_string!(i18n, idea_district),
        "point" => t_string!(i18n, idea_place),
        "need_skills" => t_string!(i18n, need_skills),
        "needs" => t_string!(i18n, idea_needs),
        _ => t_string!(i18n, needs_note),
    }
}

#[component]
fn HistoryView(history: History) -> impl IntoView {
    let i18n = use_i18n();
    let History {
        idea_id,
        title,
        versions,
        from,
        to,
        changes,
    } = history;
    let options = versions.clone();
    view! {
        <h1>{t!(i18n, history_title)}</h1>
        <p><a href=format!("/ideas/{idea_id}")>{t!(i18n, back_to_idea)} " " {title}</a></p>
        <ol class="versions" reversed>
            {versions.into_iter().map(|v| view! {
                <li data-version=v.version>
                    <strong>{t!(i18n, version_label)} " " {v.version}</strong>
                    " · " {date_of(&v.created_at)} " · " <PersonName person=v.editor />
                </li>
            }).collect_view()}
        </ol>
        {(options.len() > 1).then(|| {
            let select = move |name: &'static str, selected: i64| {
                let options = options.clone();
                view! {
                    <div class="field">
                        <label for=format!("history-{name}")>{if name == "from" { t!(i18n, history_from).into_any() } else { t!(i18n, history_to).into_any() }}</label>
                        <select id=format!("history-{name}") name=name>
                            {options.into_iter().map(|v| view! {
                                <option value=v.version selected=v.version == selected>{t!(i18n, version_label)} " " {v.version}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            };
            view! {
                <Form method="GET" action=format!("/ideas/{idea_id}/history") attr:class="filters">
                    {select("from", from)}
                    {select("to", to)}
                    <div class="filter-actions"><button type="submit" class="button">{t!(i18n, history_compare)}</button></div>
                </Form>
            }
        })}
        <h2>{t!(i18n, history_changes)} " " {from} " → " {to}</h2>
        {if changes.is_empty() {
            view! { <p class="empty">{t!(i18n, history_no_changes)}</p> }.into_any()
        } else {
            view! {
                <dl class="diff" data-testid="diff">
                    {changes.into_iter().map(|change| {
                        let field = change.field.clone();
                        view! {
                            <dt>{move || field_label(i18n, &field)}</dt>
                            <dd class="diff-text">
                                {change.parts.into_iter().map(|(kind, text)| match kind {
                                    DiffKind::Same => view! { <span>{text}</span> }.into_any(),
                                    DiffKind::Added => view! { <ins>{text}</ins> }.into_any(),
                                    DiffKind::Removed => view! { <del>{text}</del> }.into_any(),
                                }).collect_view()}
                            </dd>
                        }
                    }).collect_view()}
                </dl>
            }.into_any()
        }}
    }
}

// ---------------------------------------------------------------------------------------
// Co-author invitation
// ---------------------------------------------------------------------------------------
#[component]
pub fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let invite = Resource::new(token, get_invite);
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, invite_page_title).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, invite_page_title)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let flash = info.as_ref().and_then(|s| s.flash.clone());
                    let viewer = info.and_then(|s| s.viewer);
                    match invite.await {
                        Ok(invite) => {
                            let action = ServerAction::<AcceptInvite>::new();
                            let next = format!("/ideas/invite?token={}", token());
                            view! {
                                <p><strong>{invite.invited_by.clone()}</strong> " " {t!(i18n, invite_page_text)} " " <strong>{invite.idea_title.clone()}</strong></p>
                                {match viewer {
                                    None => view! { <SignInToContinue next /> }.into_any(),
                                    Some(v) if !v.may_publish() => view! { <p class="notice">{t!(i18n, publish_not_yet)}</p> }.into_any(),
                                    Some(_) => view! {
                                        <ServerForm action id="accept_invite" flash on_success=go_to_result()>
                                            <input type="hidden" name="token" value=token() />
                                            <Submit label=move || t_string!(i18n, invite_accept) />
                                        </ServerForm>
                                    }.into_any(),
                                }}
                            }.into_any()
                        }
                        Err(_) => view! { <div class="notice notice-error" role="alert"><p>{t!(i18n, err_token_invalid)}</p></div> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------------------
#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let reports = Resource::new(|| (), |_| list_reports());
    view! {
        <Title text=move || t_string!(i18n, moderation_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, moderation_title)}</h1>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match reports.await {
                        Ok(items) if items.is_empty() => view! { <p class="empty" role="status">{t!(i18n, moderation_empty)}</p> }.into_any(),
                        Ok(items) => {
                            let reload = Callback::new(move |_: String| reports.refetch());
                            view! {
                                <ul class="reports">
                                    {items.into_iter().map(|item| view! { <ReportCard item reload /> }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                        Err(AppError::Unauthenticated) => view! { <SignInToContinue next="/moderation".to_owned() /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ReportCard(item: ReportItem, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let ReportItem {
        id,
        idea_id,
        idea_title,
        comment_id,
        excerpt,
        author,
        author_blocked,
        hidden,
        reason,
        note,
        reporter,
        created_at,
    } = item;
    let link = match comment_id {
        Some(c) => format!("/ideas/{idea_id}#comment-{c}"),
        None => format!("/ideas/{idea_id}"),
    };
    let dismiss = ServerAction::<Moderate>::new();
    let block = ServerAction::<SetPublishingBlock>::new();
    let author_id = author.id;
    view! {
        <li class="card report-card" data-report=id>
            <p class="meta">
                {if comment_id.is_some() { t!(i18n, moderation_comment_on).into_any() } else { t!(i18n, moderation_idea).into_any() }}
                " " <a href=link>{idea_title}</a>
                " · " {date_of(&created_at)}
            </p>
            <blockquote class="excerpt">{excerpt}</blockquote>
            <p>
                <strong>{move || reason.label(i18n)}</strong>
                {(!note.is_empty()).then(|| view! { ": " {note.clone()} })}
                " · " {t!(i18n, moderation_reported_by)} " " {reporter}
            </p>
            <p>{t!(i18n, moderation_author)} " " <PersonName person=author />
                {author_blocked.then(|| view! { " " <span class="badge">{t!(i18n, moderation_blocked)}</span> })}
            </p>
            <div class="role-actions">
                <ModerateButtons idea_id comment_id hidden back="/moderation".to_owned() reload />
                <ServerForm action=dismiss id="moderate" class="inline-form" on_success=reload scope=format!("dismiss{id}")>
                    <input type="hidden" name="idea_id" value=idea_id />
                    {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
                    <input type="hidden" name="action" value="dismiss" />
                    <input type="hidden" name="back" value="/moderation" />
                    <button type="submit" class="button button-secondary button-small">{t!(i18n, moderation_dismiss)}</button>
                </ServerForm>
                <ServerForm action=block id="set_publishing_block" class="inline-form" on_success=reload scope=format!("block{id}")>
                    <input type="hidden" name="user_id" value=author_id />
                    <input type="hidden" name="blocked" value=if author_blocked { "false" } else { "true" } />
                    <input type="hidden" name="back" value="/moderation" />
                    <button type="submit" class="button button-secondary button-small">
                        {if author_blocked { t!(i18n, moderation_unblock).into_any() } else { t!(i18n, moderation_block).into_any() }}
                    </button>
                </ServerForm>
            </div>
        </li>
    }
}
