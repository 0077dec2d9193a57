//! The festival's pages: the public program (by time, venue or sector, with "on now" and
//! "next"), the map with the same filters, an intervention's page, my agenda, the proposal
//! form of a team, and the steering group's desk (edition, venues, review, placing, the
//! auto-scheduler, publishing).
use super::api::*;
use super::schedule::{Conflict, Consent, Unplaced};
use super::*;
use crate::common::FormFlash;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
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

fn span(start: Option<u32>, duration: u32) -> String {
    match start {
        Some(s) => format!("{}–{}", hhmm(s), hhmm(s + duration)),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------
// My agenda: starred interventions, on the server for a signed-in person, in the browser
// (localStorage) for a visitor.
// ---------------------------------------------------------------------------------------

#[cfg(feature = "hydrate")]
const STARS_KEY: &str = "santaka-festival-stars";

/// The agenda the star buttons of a page share.
#[derive(Clone, Copy)]
struct Stars {
    ids: RwSignal<Vec<i64>>,
    signed_in: StoredValue<bool>,
}

fn provide_stars(signed_in: bool, starred: Vec<i64>) -> Stars {
    let stars = Stars {
        ids: RwSignal::new(starred),
        signed_in: StoredValue::new(signed_in),
    };
    provide_context(stars);
    #[cfg(feature = "hydrate")]
    if !signed_in {
        Effect::new(move |_| stars.ids.set(load_local_stars()));
    }
    stars
}

#[cfg(feature = "hydrate")]
fn load_local_stars() -> Vec<i64> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STARS_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

#[cfg(feature = "hydrate")]
fn save_local_stars(ids: &[i64]) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STARS_KEY, &serde_json::to_string(ids).unwrap_or_default());
    }
}

/// The calendar file of a list of interventions.
fn agenda_ics(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("/festival/agenda.ics?ids={}", list.join(","))
}

/// Star or unstar: a form for a signed-in person (works without JavaScript), a button that
/// keeps the star in the browser for a visitor (shown only once the page runs).
#[component]
fn StarButton(id: i64, #[prop(into)] title: String) -> impl IntoView {
    let i18n = use_i18n();
    let Some(stars) = use_context::<Stars>() else {
        return ().into_any();
    };
    let starred = Memo::new(move |_| stars.ids.with(|ids| ids.contains(&id)));
    let label = {
        let title = title.clone();
        move || {
            if starred.get() {
                format!("{} – {}", t_string!(i18n, fest_unstar), title)
            } else {
                format!("{} – {}", t_string!(i18n, fest_star), title)
            }
        }
    };
    if stars.signed_in.get_value() {
        let action = ServerAction::<StarIntervention>::new();
        Effect::new(move |_| {
            if let Some(Ok(_)) = action.value().get() {
                let on = !starred.get_untracked();
                stars.ids.update(|ids| {
                    if on {
                        ids.push(id);
                    } else {
                        ids.retain(|x| *x != id);
                    }
                });
            }
        });
        view! {
            <ActionForm action attr:class="star-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="on" value=move || if starred.get() { "false" } else { "true" } />
                <button type="submit" class="star" aria-pressed=move || starred.get().to_string() aria-label=label.clone() title=label>
                    {move || if starred.get() { "★" } else { "☆" }}
                </button>
            </ActionForm>
        }
        .into_any()
    } else {
        let toggle = move |_| {
            stars.ids.update(|ids| {
                if ids.contains(&id) {
                    ids.retain(|x| *x != id);
                } else {
                    ids.push(id);
                }
            });
            #[cfg(feature = "hydrate")]
            save_local_stars(&stars.ids.get_untracked());
        };
        view! {
            <button type="button" class="star star-local" on:click=toggle aria-pressed=move || starred.get().to_string() aria-label=label.clone() title=label>
                {move || if starred.get() { "★" } else { "☆" }}
            </button>
        }
        .into_any()
    }
}

// ---------------------------------------------------------------------------------------
// The program
// ---------------------------------------------------------------------------------------

fn use_filter() -> Memo<ProgramFilter> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| ProgramFilter::from_params(|name| q.get(name))))
}

/// The filters, as a GET form: without JavaScript it reloads the page, with it the router
/// updates the URL and the list (and map) follow.
#[component]
fn FilterForm(action: &'static str, filter: ProgramFilter) -> impl IntoView {
    let i18n = use_i18n();
    let f = filter;
    view! {
        <Form method="GET" action=action attr:class="filters festival-filters" attr:role="search">
            {(f.view != Arrange::Time).then(|| view! { <input type="hidden" name="view" value=f.view.code() /> })}
            <div class="field">
                <label for="fest-sector">{t!(i18n, fest_filter_sector)}</label>
                <select id="fest-sector" name="sector">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=f.sector == Some(s)>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-category">{t!(i18n, fest_filter_category)}</label>
                <select id="fest-category" name="category">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=f.category == Some(c)>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-part">{t!(i18n, fest_filter_part)}</label>
                <select id="fest-part" name="part">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {DayPart::ALL.into_iter().map(|p| view! {
                        <option value=p.code() selected=f.part == Some(p)>{move || p.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-at">{t!(i18n, fest_filter_at)}</label>
                <input id="fest-at" name="at" type="time" value=f.at.map(hhmm) aria-describedby="fest-at-hint" />
                <p class="hint" id="fest-at-hint">{t!(i18n, fest_filter_at_hint)}</p>
            </div>
            <div class="field field-check">
                <input type="checkbox" id="fest-now" name="now" value="1" checked=f.now />
                <label for="fest-now">{t!(i18n, fest_filter_now)}</label>
            </div>
            <button type="submit" class="button button-secondary">{t!(i18n, fest_apply)}</button>
        </Form>
    }
}

/// One intervention in a list.
#[component]
fn ItemRow(
    card: Card,
    venue: Option<VenueInfo>,
    #[prop(optional)] show_address: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let cancelled = card.status == Status::Cancelled;
    let sector = card.sector;
    let category = card.category;
    view! {
        <li class="fest-item" class:fest-cancelled=cancelled data-sector=sector.code() data-testid="fest-item">
            <span class="fest-time">{span(card.start, card.duration)}</span>
            <div class="fest-body">
                <a class="fest-title" href=format!("/festival/i/{}", card.id)>{card.title.clone()}</a>
                {cancelled.then(|| view! { " " <span class="badge badge-cancelled">{t!(i18n, fest_status_cancelled)}</span> })}
                {card.moved.then(|| view! { " " <span class="badge badge-moved">{t!(i18n, fest_moved)}</span> })}
                <p class="meta">
                    {venue.as_ref().map(|v| v.name.clone())}
                    {show_address.then(|| venue.as_ref().map(|v| format!(", {}", v.address)))}
                    " · " {move || category.label(i18n)}
                    " · " <span class=format!("sector-dot sector-{}", sector.code())>{move || sector.label(i18n)}</span>
                </p>
            </div>
            {(!cancelled).then(|| view! { <StarButton id=card.id title=card.title.clone() /> })}
        </li>
    }
}

/// The filtered items of a program, in start order.
fn filtered(program: &Program, filter: &ProgramFilter) -> Vec<Card> {
    program
        .items
        .iter()
        .filter(|c| filter.matches(c, program.now))
        .cloned()
        .collect()
}

#[component]
fn ProgramHead(program: Program) -> impl IntoView {
    let i18n = use_i18n();
    let e = program.edition.clone();
    let count = program.published_count();
    let target = e.target;
    view! {
        <header class="fest-head">
            <h1>{e.title.clone()}</h1>
            <p class="lead">{e.day.clone()} ", " {hhmm(e.opens)} "–" {hhmm(e.closes)} " · " {t!(i18n, fest_everywhere)}</p>
            <div class="fest-progress">
                <label for="fest-progress">{t!(i18n, fest_progress)} ": " <strong data-testid="fest-count">{count}</strong> " / " {target}</label>
                <progress id="fest-progress" max=target value=count.min(target as usize)>{count} " / " {target}</progress>
            </div>
            <nav class="fest-links" aria-label=move || t_string!(i18n, fest_links)>
                <A href="/festival">{t!(i18n, fest_program)}</A>
                <A href="/festival/map">{t!(i18n, fest_map)}</A>
                <A href="/festival/agenda">{t!(i18n, fest_agenda)}</A>
                <a href="/festival/program.ics" download="santaka-festival.ics">{t!(i18n, fest_download_ics)}</a>
                <a href="/festival/program.geojson">{t!(i18n, fest_open_data)}</a>
                {program.signed_in.then(|| view! { <A href="/festival/propose">{t!(i18n, fest_propose)}</A> })}
                {program.may_manage.then(|| view! { <A href="/festival/manage">{t!(i18n, fest_manage)}</A> })}
            </nav>
        </header>
    }
}

#[component]
fn NowAndNext(program: Program, moment: u32, chosen: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (now, next) = on_now_and_next(&program.items, moment);
    let row = |c: &Card| {
        view! { <ItemRow card=c.clone() venue=program.venue(c.venue_id).cloned() /> }
    };
    let now_rows: Vec<_> = now.iter().map(|c| row(c)).collect();
    let next_rows: Vec<_> = next.iter().map(|c| row(c)).collect();
    let now_empty = now_rows.is_empty();
    let next_empty = next_rows.is_empty();
    view! {
        <section class="fest-now" aria-labelledby="fest-now-title">
            <h2 id="fest-now-title">
                {if chosen { t_string!(i18n, fest_on_at) } else { t_string!(i18n, fest_on_now) }} " " {hhmm(moment)}
            </h2>
            {if now_empty {
                view! { <p class="empty">{t!(i18n, fest_nothing_now)}</p> }.into_any()
            } else {
                view! { <ul class="fest-list">{now_rows}</ul> }.into_any()
            }}
            <h3>{t!(i18n, fest_next)}</h3>
            {if next_empty {
                view! { <p class="empty">{t!(i18n, fest_nothing_next)}</p> }.into_any()
            } else {
                view! { <ul class="fest-list">{next_rows}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn ProgramPage() -> impl IntoView {
    let i18n = use_i18n();
    let filter = use_filter();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Title text=move || t_string!(i18n, fest_title).to_owned() />
        <Meta name="description" content=move || t_string!(i18n, fest_meta_description).to_owned() />
        <div class="container festival-page">
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(p)) => view! { <ProgramView program=p filter /> }.into_any(),
                        Ok(None) => view! { <NoEdition /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn NoEdition() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{t!(i18n, fest_title)}</h1>
        <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p>
    }
}

#[component]
fn ProgramView(program: Program, filter: Memo<ProgramFilter>) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(program.signed_in, program.starred.clone());
    let program = StoredValue::new(program);
    view! {
        <ProgramHead program=program.get_value() />
        {move || {
            let f = filter.get();
            let p = program.get_value();
            let moment = f.moment(p.now);
            let items = filtered(&p, &f);
            let tab_filter = f.clone();
            let tab = move |view: Arrange, label: &'static str| {
                let href = format!("/festival{}", tab_filter.to_query(view));
                let current = f.view == view;
                view! { <A href=href attr:aria-current=current.then_some("page")>{label}</A> }
            };
            view! {
                <FilterForm action="/festival" filter=f.clone() />
                {match moment {
                    Some(m) => view! { <NowAndNext program=p.clone() moment=m chosen=f.at.is_some() /> }.into_any(),
                    None => view! {
                        <p class="notice fest-not-today">{t!(i18n, fest_not_today)} " "
                            <A href="/festival?now=1&at=14:00">{t!(i18n, fest_preview_moment)}</A>
                        </p>
                    }.into_any(),
                }}
                <nav class="tabs" aria-label=move || t_string!(i18n, fest_arrange)>
                    {tab(Arrange::Time, t_string!(i18n, fest_by_time))}
                    {tab(Arrange::Venue, t_string!(i18n, fest_by_venue))}
                    {tab(Arrange::Sector, t_string!(i18n, fest_by_sector))}
                </nav>
                <p class="result-count" role="status">{t!(i18n, fest_shown)} ": " <span data-testid="fest-shown">{items.len()}</span></p>
                {if items.is_empty() {
                    view! { <p class="empty">{t!(i18n, fest_nothing_matches)}</p> }.into_any()
                } else {
                    view! { <Arranged program=p items view=f.view /> }.into_any()
                }}
            }
        }}
    }
}

/// The list grouped by hour, venue or sector.
#[component]
fn Arranged(program: Program, items: Vec<Card>, view: Arrange) -> impl IntoView {
    let i18n = use_i18n();
    let mut groups: Vec<(String, Option<String>, Vec<Card>)> = Vec::new();
    let mut push = |key: String, sub: Option<String>, card: Card| match groups
        .iter_mut()
        .find(|(k, _, _)| *k == key)
    {
        Some((_, _, list)) => list.push(card),
        None => groups.push((key, sub, vec![card])),
    };
    match view {
        Arrange::Time => {
            for card in items {
                let hour = card
                    .start
                    .map(|s| format!("{:02}:00", s / 60))
                    .unwrap_or_default();
                push(hour, None, card);
            }
        }
        Arrange::Venue => {
            let mut items = items;
            items.sort_by_key(|c| (program.venue(c.venue_id).map(|v| v.name.clone()), c.start));
            for card in items {
                let venue = program.venue(card.venue_id);
                push(
                    venue.map(|v| v.name.clone()).unwrap_or_default(),
                    venue.map(|v| v.address.clone()),
                    card,
                );
            }
        }
        Arrange::Sector => {
            for sector in crate::common::sectors::Sector::ALL {
                for card in items.iter().filter(|c| c.sector == sector) {
                    push(sector.label(i18n).to_owned(), None, card.clone());
                }
            }
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(n, (title, sub, cards))| {
            let id = format!("group-{n}");
            view! {
                <section class="fest-group" aria-labelledby=id.clone()>
                    <h2 id=id.clone()>{title}</h2>
                    {sub.map(|s| view! { <p class="meta">{s}</p> })}
                    <ul class="fest-list">
                        {cards.into_iter().map(|c| {
                            let venue = program.venue(c.venue_id).cloned();
                            view! { <ItemRow card=c venue show_address=view != Arrange::Venue /> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}

// ---------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------

#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let filter = use_filter();
    let program = Resource::new(|| (), |_| festival_program());
    let map_ref = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    super::map::attach(map_ref, program, filter);
    view! {
        <Title text=move || t_string!(i18n, fest_map_title).to_owned() />
        <div class="container festival-page">
            <h1>{t!(i18n, fest_map_title)}</h1>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(_)) => view! { <FilterForm action="/festival/map" filter=filter.get_untracked() /> }.into_any(),
                        Ok(None) => view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
            <div class="festival-map" id="festival-map" node_ref=map_ref role="region" aria-label=move || t_string!(i18n, fest_map_label)></div>
            <p class="map-nojs hint">{t!(i18n, fest_map_nojs)}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(p)) => {
                            view! { <MapList program=p filter /> }.into_any()
                        }
                        _ => ().into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The same content as the map, as a list with addresses (all there is without JavaScript).
#[component]
fn MapList(program: Program, filter: Memo<ProgramFilter>) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(program.signed_in, program.starred.clone());
    let program = StoredValue::new(program);
    move || {
        let f = filter.get();
        let p = program.get_value();
        let items = filtered(&p, &f);
        let count = items.len();
        view! {
            <h2 class="map-list-title">{t!(i18n, fest_map_list)} " (" <span data-testid="fest-shown">{count}</span> ")"</h2>
            <ul class="fest-list map-list">
                {items.into_iter().map(|c| {
                    let venue = p.venue(c.venue_id).cloned();
                    view! { <ItemRow card=c venue show_address=true /> }
                }).collect_view()}
            </ul>
        }
    }
}

// ---------------------------------------------------------------------------------------
// An intervention
// ---------------------------------------------------------------------------------------

#[component]
pub fn InterventionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or(0)));
    let detail = Resource::new(move || id.get(), get_intervention);
    view! {
        <div class="container narrow intervention-page">
            {move || query.with(|q| q.get("proposed").is_some()).then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, fest_proposed_done)}</p></div>
            })}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => view! { <InterventionView d /> }.into_any(),
                        Err(error) => view! { <Title text=move || t_string!(i18n, fest_title).to_owned() /><ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn InterventionView(d: InterventionDetail) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(
        d.signed_in,
        if d.starred {
            vec![d.card.id]
        } else {
            Vec::new()
        },
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
                <h1 id="intervention-title">{card.title.clone()}</h1>
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
            {(!description.is_empty()).then(|| view! { <div class="intervention-text"><p>{description.clone()}</p></div> })}
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
                <p><A href=format!("/festival/manage#item-{}", card.id)>{t!(i18n, fest_manage_this)}</A></p>
            })}
        </article>
    }
}

#[component]
fn ChangeRow(c: Change) -> impl IntoView {
    let i18n = use_i18n();
    let when = c.at.chars().take(16).collect::<String>();
    if c.kind == "cancelled" {
        view! {
            <li><time>{when}</time> " – " {t!(i18n, fest_change_cancelled)} {c.reason.map(|r| format!(": {r}"))}</li>
        }
        .into_any()
    } else {
        let from = format!(
            "{} {}",
            c.from_start.map(hhmm).unwrap_or_default(),
            c.from_venue.unwrap_or_default()
        );
        let to = format!(
            "{} {}",
            c.to_start.map(hhmm).unwrap_or_default(),
            c.to_venue.unwrap_or_default()
        );
        view! {
            <li data-testid="fest-change"><time>{when}</time> " – " {t!(i18n, fest_change_moved)} ": "
                <del>{from}</del> " → " <ins>{to}</ins>
            </li>
        }
        .into_any()
    }
}

/// On an idea's page: the interventions that grew from it.
#[component]
pub fn IdeaInterventions(idea_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let items = Resource::new(move || idea_id, idea_interventions);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match items.await {
                    Ok(list) if !list.is_empty() => view! {
                        <section class="idea-interventions" aria-labelledby="idea-interventions-title">
                            <h2 id="idea-interventions-title">{t!(i18n, fest_idea_heading)}</h2>
                            <ul>
                                {list.into_iter().map(|c| {
                                    let status = c.status;
                                    view! {
                                        <li>
                                            <A href=format!("/festival/i/{}", c.id)>{c.title}</A>
                                            " · " {span(c.start, c.duration)} " "
                                            <span class="badge">{move || status.label(i18n)}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

// ---------------------------------------------------------------------------------------
// My agenda
// ---------------------------------------------------------------------------------------

#[component]
pub fn AgendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Title text=move || t_string!(i18n, fest_agenda).to_owned() />
        <div class="container festival-page">
            <h1>{t!(i18n, fest_agenda)}</h1>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(p)) => view! { <AgendaView program=p /> }.into_any(),
                        Ok(None) => view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn AgendaView(program: Program) -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = program.signed_in;
    let stars = provide_stars(signed_in, program.starred.clone());
    let program = StoredValue::new(program);
    view! {
        <p class="lead">{if signed_in { t_string!(i18n, fest_agenda_lead_account) } else { t_string!(i18n, fest_agenda_lead_browser) }}</p>
        {(!signed_in).then(|| view! { <noscript><p class="notice">{t!(i18n, fest_agenda_nojs)}</p></noscript> })}
        {move || {
            let ids = stars.ids.get();
            let p = program.get_value();
            let mine: Vec<Card> = p.items.iter().filter(|c| ids.contains(&c.id)).cloned().collect();
            if mine.is_empty() {
                view! { <p class="empty" role="status">{t!(i18n, fest_agenda_empty)} " " <A href="/festival">{t!(i18n, fest_program)}</A></p> }.into_any()
            } else {
                let ics = agenda_ics(&ids);
                view! {
                    <p><a class="button" href=ics download="my-festival-agenda.ics" data-testid="agenda-ics">{t!(i18n, fest_agenda_download)}</a></p>
                    <ul class="fest-list">
                        {mine.into_iter().map(|c| {
                            let venue = p.venue(c.venue_id).cloned();
                            view! { <ItemRow card=c venue show_address=true /> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
    }
}

// ---------------------------------------------------------------------------------------
// Proposing an intervention
// ---------------------------------------------------------------------------------------

#[component]
pub fn ProposePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let context = Resource::new(|| (), |_| festival_propose_context());
    let query = use_query_map();
    view! {
        <Title text=move || t_string!(i18n, fest_propose).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, fest_propose)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let session = session.await;
                    match session {
                        Ok(SessionInfo { viewer: None, .. }) => view! { <SignInToContinue next="/festival/propose".to_owned() /> }.into_any(),
                        Ok(SessionInfo { flash, .. }) => match context.await {
                            Ok(ctx) => {
                                let team = query.with_untracked(|q| q.get("team").and_then(|t| t.parse::<i64>().ok()));
                                view! { <ProposeForm ctx flash team /> }.into_any()
                            }
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        },
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn ProposeForm(ctx: ProposeContext, flash: Option<FormFlash>, team: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    if ctx.edition.is_none() {
        return view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any();
    }
    if ctx.teams.is_empty() && !ctx.steering {
        return view! {
            <p class="empty" role="status">{t!(i18n, fest_propose_no_team)} " " <A href="/teams">{t!(i18n, teams_title)}</A></p>
        }
        .into_any();
    }
    let form = "propose_intervention";
    let kept = |name: &str| kept_value(flash.as_ref(), form, name);
    let kept_list = |name: &str| -> Vec<String> {
        flash
            .as_ref()
            .filter(|f| f.form == form)
            .map(|f| {
                f.values
                    .iter()
                    .filter(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let chosen_team = team.or_else(|| ctx.teams.first().map(|t| t.id));
    let sector_kept = kept("sector");
    let category_kept = kept("category");
    let venues_kept = kept_list("venues[]");
    let people_kept = kept_list("people[]");
    let action = ServerAction::<ProposeIntervention>::new();
    let teams = ctx.teams.clone();
    let other_teams: Vec<(i64, String)> = teams.iter().map(|t| (t.id, t.name.clone())).collect();
    let people_of_team = teams
        .iter()
        .find(|t| Some(t.id) == chosen_team)
        .map(|t| t.people.clone())
        .unwrap_or_default();
    view! {
        <p class="lead">{t!(i18n, fest_propose_lead)}</p>
        <ServerForm action id="propose_intervention" flash=flash.clone() on_success=go_to_result()>
            <div class="field">
                <label for="f-team_id">{t!(i18n, fest_team)}</label>
                <select id="f-team_id" name="team_id">
                    {teams.iter().map(|t| view! {
                        <option value=t.id selected=Some(t.id) == chosen_team>{t.name.clone()}</option>
                    }).collect_view()}
                    {ctx.steering.then(|| view! { <option value="" selected=chosen_team.is_none()>{t!(i18n, fest_no_team)}</option> })}
                </select>
                <FieldErrorFor name="team_id" />
            </div>
            <Field name="title" label=move || t_string!(i18n, fest_field_title) required=true maxlength=TITLE_MAX />
            <TextArea name="description" label=move || t_string!(i18n, fest_field_description) maxlength=DESCRIPTION_MAX />
            <div class="field">
                <label for="f-sector">{t!(i18n, fest_filter_sector)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-sector" name="sector" required=true>
                    <option value="">{t!(i18n, fest_choose)}</option>
                    {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=sector_kept.as_deref() == Some(s.code())>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="sector" />
            </div>
            <div class="field">
                <label for="f-category">{t!(i18n, fest_filter_category)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-category" name="category" required=true>
                    <option value="">{t!(i18n, fest_choose)}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=category_kept.as_deref() == Some(c.code())>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="category" />
            </div>
            <div class="field-row">
                <Field name="duration" kind="number" label=move || t_string!(i18n, fest_field_duration) required=true inputmode="numeric" value="60" />
                <Field name="setup" kind="number" label=move || t_string!(i18n, fest_field_setup) inputmode="numeric" value="15" />
                <Field name="cleardown" kind="number" label=move || t_string!(i18n, fest_field_cleardown) inputmode="numeric" value="15" />
                <Field name="audience" kind="number" label=move || t_string!(i18n, fest_field_audience) required=true inputmode="numeric" />
            </div>
            <fieldset class="field">
                <legend>{t!(i18n, fest_field_preferred_time)}</legend>
                <p class="hint">{t!(i18n, fest_field_preferred_time_hint)}</p>
                <div class="field-row">
                    <Field name="preferred_from" kind="time" label=move || t_string!(i18n, fest_field_from) />
                    <Field name="preferred_to" kind="time" label=move || t_string!(i18n, fest_field_to) />
                </div>
            </fieldset>
            <fieldset class="field checkbox-group">
                <legend>{t!(i18n, fest_field_venues)}</legend>
                <p class="hint">{t!(i18n, fest_field_venues_hint)}</p>
                {ctx.venues.iter().filter(|v| v.consent != Consent::No).map(|v| {
                    let id = format!("f-venue-{}", v.id);
                    let checked = venues_kept.contains(&v.id.to_string());
                    view! {
                        <div class="field-check">
                            <input type="checkbox" id=id.clone() name="venues[]" value=v.id checked=checked />
                            <label for=id>{v.name.clone()} " (" {v.capacity} ")"</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {(!people_of_team.is_empty()).then(|| view! {
                <fieldset class="field checkbox-group">
                    <legend>{t!(i18n, fest_field_people)}</legend>
                    <p class="hint">{t!(i18n, fest_field_people_hint)}</p>
                    {people_of_team.iter().map(|p| {
                        let id = format!("f-person-{}", p.id);
                        let checked = people_kept.contains(&p.id.to_string());
                        view! {
                            <div class="field-check">
                                <input type="checkbox" id=id.clone() name="people[]" value=p.id checked=checked />
                                <label for=id>{p.name.clone().unwrap_or_default()}</label>
                            </div>
                        }
                    }).collect_view()}
                    <FieldErrorFor name="people" />
                </fieldset>
            })}
            <Submit label=move || t_string!(i18n, fest_propose_submit) />
        </ServerForm>
        {(other_teams.len() > 1).then(|| view! {
            <p class="hint">{t!(i18n, fest_propose_other_team)} " "
                {other_teams.into_iter().map(|(id, name)| view! { <A href=format!("/festival/propose?team={id}")>{name}</A> " " }).collect_view()}
            </p>
        })}
    }
    .into_any()
}

// ---------------------------------------------------------------------------------------
// The steering group's desk
// ---------------------------------------------------------------------------------------

/// The sentence for a conflict, naming the other intervention, the person and the numbers.
fn conflict_sentence(i18n: I18n, code: &str, m: &Manage) -> String {
    let title = |id: i64| {
        m.items
            .iter()
            .find(|i| i.card.id == id)
            .map(|i| {
                let venue = m
                    .venues
                    .iter()
                    .find(|v| Some(v.id) == i.card.venue_id)
                    .map(|v| v.name.clone())
                    .unwrap_or_default();
                format!(
                    "«{}» ({} {})",
                    i.card.title,
                    span(i.card.start, i.card.duration),
                    venue
                )
            })
            .unwrap_or_else(|| format!("#{id}"))
    };
    let person = |id: i64| {
        m.items
            .iter()
            .flat_map(|i| i.people.iter())
            .find(|p| p.id == id)
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    match Conflict::from_code(code) {
        Some(Conflict::VenueBusy { other }) => {
            format!(
                "{} {}.",
                t_string!(i18n, fest_conflict_venue_busy),
                title(other)
            )
        }
        Some(Conflict::PersonBusy { person: p, other }) => format!(
            "{}: {} – {}.",
            t_string!(i18n, fest_conflict_person_busy),
            person(p),
            title(other)
        ),
        Some(Conflict::TooFarToWalk {
            person: p,
            other,
            need,
            have,
        }) => format!(
            "{}: {} – {}; {} {need} min, {} {have} min.",
            t_string!(i18n, fest_conflict_too_far),
            person(p),
            title(other),
            t_string!(i18n, fest_walk_needs),
            t_string!(i18n, fest_time_between)
        ),
        Some(Conflict::OutsideDay) => {
            let window = m
                .edition
                .as_ref()
                .map(|e| format!(" ({}–{})", hhmm(e.opens), hhmm(e.closes)))
                .unwrap_or_default();
            format!("{}{window}.", t_string!(i18n, fest_conflict_outside_day))
        }
        Some(Conflict::OverCapacity { audience, capacity }) => format!(
            "{}: {audience} > {capacity}.",
            t_string!(i18n, fest_conflict_capacity)
        ),
        Some(Conflict::NoConsent { refused: true }) => {
            t_string!(i18n, fest_conflict_refused).to_owned()
        }
        Some(Conflict::NoConsent { refused: false }) => {
            t_string!(i18n, fest_conflict_pending).to_owned()
        }
        Some(Conflict::UnknownVenue) | None => {
            t_string!(i18n, fest_conflict_unknown_venue).to_owned()
        }
    }
}

fn unplaced_sentence(i18n: I18n, code: &str, m: &Manage) -> String {
    match Unplaced::from_code(code) {
        Some(Unplaced::LongerThanDay) => t_string!(i18n, fest_unplaced_longer).to_owned(),
        Some(Unplaced::NoVenueBigEnough { audience, largest }) => format!(
            "{}: {audience} > {largest}.",
            t_string!(i18n, fest_unplaced_capacity)
        ),
        Some(Unplaced::NoVenueWithConsent) => t_string!(i18n, fest_unplaced_consent).to_owned(),
        Some(Unplaced::NoFreeTime { person: Some(p) }) => {
            let name = m
                .items
                .iter()
                .flat_map(|i| i.people.iter())
                .find(|x| x.id == p)
                .and_then(|x| x.name.clone())
                .unwrap_or_default();
            format!("{}: {name}.", t_string!(i18n, fest_unplaced_people))
        }
        Some(Unplaced::NoFreeTime { person: None }) | None => {
            t_string!(i18n, fest_unplaced_no_time).to_owned()
        }
    }
}

#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let desk = Resource::new(|| (), |_| festival_manage());
    let query = use_query_map();
    let reload = Callback::new(move |_: String| desk.refetch());
    view! {
        <Title text=move || t_string!(i18n, fest_manage).to_owned() />
        <div class="container festival-manage">
            <h1>{t!(i18n, fest_manage)}</h1>
            {move || query.with(|q| {
                let placed = q.get("placed");
                let left = q.get("left");
                let published = q.get("published");
                view! {
                    {placed.map(|n| view! {
                        <div class="notice notice-success" role="status" data-testid="auto-result">
                            <p>{t!(i18n, fest_auto_placed)} ": " {n} ". " {t!(i18n, fest_auto_left)} ": " {left.unwrap_or_default()}</p>
                        </div>
                    })}
                    {published.map(|n| view! {
                        <div class="notice notice-success" role="status"><p>{t!(i18n, fest_published_done)} ": " {n}</p></div>
                    })}
                }
            })}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match desk.await {
                        Ok(m) => view! { <Desk m flash reload /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn Desk(m: Manage, flash: Option<FormFlash>, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let m = StoredValue::new(m);
    let edition = m.with_value(|m| m.edition.clone());
    let Some(e) = edition else {
        return view! {
            <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p>
            <EditionForm edition=None flash />
        }
        .into_any();
    };
    let counts = m.with_value(|m| {
        Status::ALL.map(|s| (s, m.items.iter().filter(|i| i.card.status == s).count()))
    });
    let flagged = m.with_value(|m| m.flagged.clone());
    let accepted_unplaced = counts[1].1;
    let scheduled = counts[2].1;
    view! {
        <p class="lead">{e.title.clone()} " · " {e.day.clone()} " · " {hhmm(e.opens)} "–" {hhmm(e.closes)}
            " · " <A href="/festival">{t!(i18n, fest_program)}</A> " · " <A href="/festival/propose">{t!(i18n, fest_propose)}</A></p>
        <ul class="fest-counts">
            {counts.into_iter().map(|(s, n)| view! { <li>{move || s.label(i18n)} ": " <strong>{n}</strong></li> }).collect_view()}
        </ul>
        {(!flagged.is_empty()).then(|| view! {
            <section class="notice notice-error" aria-labelledby="flagged-title">
                <h2 id="flagged-title">{t!(i18n, fest_flagged)}</h2>
                <ul>
                    {flagged.into_iter().map(|(id, code)| {
                        let title = m.with_value(|m| m.items.iter().find(|i| i.card.id == id).map(|i| i.card.title.clone()).unwrap_or_default());
                        let text = m.with_value(|m| conflict_sentence(i18n, &code, m));
                        view! { <li><a href=format!("#item-{id}")>{title}</a> ": " {text}</li> }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="fest-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{t!(i18n, fest_schedule_heading)}</h2>
            <div class="button-row">
                <AutoScheduleForm flash=flash.clone() count=accepted_unplaced />
                <PublishForm flash=flash.clone() count=scheduled />
            </div>
        </section>
        <section aria-labelledby="items-title">
            <h2 id="items-title">{t!(i18n, fest_interventions)}</h2>
            {Status::ALL.into_iter().map(|status| {
                let items: Vec<ManageItem> = m.with_value(|m| m.items.iter().filter(|i| i.card.status == status).cloned().collect());
                let heading = format!("status-{}", status.code());
                (!items.is_empty()).then(|| view! {
                    <h3 id=heading>{move || status.label(i18n)} " (" {items.len()} ")"</h3>
                    <ul class="manage-list">
                        {items.into_iter().map(|item| view! { <ManageRow item m flash=flash.clone() reload /> }).collect_view()}
                    </ul>
                })
            }).collect_view()}
        </section>
        <section id="venues" aria-labelledby="venues-title">
            <h2 id="venues-title">{t!(i18n, fest_venues)} " (" {m.with_value(|m| m.venues.len())} ")"</h2>
            <div class="table-wrap">
                <table class="venues">
                    <thead><tr>
                        <th scope="col">{t!(i18n, fest_venue_name)}</th>
                        <th scope="col">{t!(i18n, fest_venue_address)}</th>
                        <th scope="col">{t!(i18n, fest_venue_capacity)}</th>
                        <th scope="col">{t!(i18n, fest_venue_consent)}</th>
                    </tr></thead>
                    <tbody>
                        {m.with_value(|m| m.venues.clone()).into_iter().map(|v| {
                            let consent = v.consent;
                            let v_full = v.clone();
                            view! {
                                <tr>
                                    <td>{v.name} {v.indoor.then(|| view! { " " <span class="badge">{t!(i18n, fest_indoor)}</span> })}</td>
                                    <td>{v.address}</td>
                                    <td>{v.capacity}</td>
                                    <td class=format!("consent-{}", consent.code())>
                                        {move || consent.label(i18n)}
                                        <ConsentForm v=v_full />
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <details class="add-venue">
                <summary>{t!(i18n, fest_add_venue)}</summary>
                <VenueForm flash=flash.clone() />
            </details>
        </section>
        <section aria-labelledby="edition-title">
            <h2 id="edition-title">{t!(i18n, fest_edition)}</h2>
            <EditionForm edition=Some(e) flash=flash.clone() />
            <details>
                <summary>{t!(i18n, fest_new_edition)}</summary>
                <EditionForm edition=None flash />
            </details>
        </section>
    }
    .into_any()
}

#[component]
fn AutoScheduleForm(flash: Option<FormFlash>, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AutoSchedule>::new();
    view! {
        <ServerForm action id="auto_schedule" flash class="inline-form">
            <p class="hint">{t!(i18n, fest_auto_hint)} " (" {count} ")"</p>
            <Submit label=move || t_string!(i18n, fest_auto_run) />
        </ServerForm>
    }
}

#[component]
fn PublishForm(flash: Option<FormFlash>, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PublishProgram>::new();
    view! {
        <ServerForm action id="publish_program" flash class="inline-form">
            <p class="hint">{t!(i18n, fest_publish_hint)} " (" {count} ")"</p>
            <Submit label=move || t_string!(i18n, fest_publish) />
        </ServerForm>
    }
}

/// The conflicts of the enclosing placing form's last answer, as sentences.
#[component]
fn ConflictMessages(m: StoredValue<Manage>) -> impl IntoView {
    let i18n = use_i18n();
    let error = crate::ui::forms::form_error();
    move || {
        let codes: Vec<String> = error.with(|e| match e {
            Some(crate::common::error::AppError::Invalid { fields }) => fields
                .iter()
                .filter(|f| f.field == "conflict")
                .map(|f| f.code.clone())
                .collect(),
            _ => Vec::new(),
        });
        (!codes.is_empty()).then(|| view! {
            <ul class="conflicts" data-testid="conflicts">
                {codes.into_iter().map(|c| view! { <li>{m.with_value(|m| conflict_sentence(i18n, &c, m))}</li> }).collect_view()}
            </ul>
        })
    }
}

#[component]
fn ManageRow(
    item: ManageItem,
    m: StoredValue<Manage>,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.card.id;
    let status = item.card.status;
    let scope = format!("i{id}");
    let venue_name = |v: Option<i64>| {
        m.with_value(|m| {
            m.venues
                .iter()
                .find(|x| Some(x.id) == v)
                .map(|x| x.name.clone())
        })
    };
    let preferred: Vec<String> = item
        .preferred_venues
        .iter()
        .filter_map(|v| venue_name(Some(*v)))
        .collect();
    let placed_at = venue_name(item.card.venue_id);
    let note = item
        .note
        .clone()
        .map(|n| m.with_value(|m| unplaced_sentence(i18n, &n, m)));
    let place = ServerAction::<PlaceIntervention>::new();
    let accept = ServerAction::<ReviewIntervention>::new();
    let cancel = ServerAction::<ReviewIntervention>::new();
    // A failed placement without JavaScript comes back for this row only.
    let place_flash = flash.clone().filter(|f| {
        f.form == "place_intervention"
            && f.values
                .iter()
                .any(|(k, v)| k == "id" && *v == id.to_string())
    });
    let kept_venue = kept_value(place_flash.as_ref(), "place_intervention", "venue_id")
        .and_then(|v| v.parse::<i64>().ok())
        .or(item.card.venue_id)
        .or_else(|| item.preferred_venues.first().copied());
    let start_value = kept_value(place_flash.as_ref(), "place_intervention", "start")
        .or_else(|| item.card.start.map(hhmm))
        .or_else(|| item.preferred_start.map(|(f, _)| hhmm(f)))
        .unwrap_or_default();
    let venues = m.with_value(|m| m.venues.clone());
    let sector = item.card.sector;
    let category = item.card.category;
    view! {
        <li class="manage-item" id=format!("item-{id}") data-testid="manage-item">
            <h4><A href=format!("/festival/i/{id}")>{item.card.title.clone()}</A></h4>
            <p class="meta">
                {item.card.team_name.clone()} " · " {move || sector.label(i18n)} " · " {move || category.label(i18n)}
                " · " {item.card.duration} " min (+" {item.setup} "/" {item.cleardown} ")" " · " {t!(i18n, fest_field_audience)} " " {item.audience}
            </p>
            {placed_at.map(|v| view! { <p class="placed" data-testid="placed-at"><strong>{span(item.card.start, item.card.duration)}</strong> " · " {v}</p> })}
            {(!item.people.is_empty()).then(|| view! {
                <p class="meta">{t!(i18n, fest_people)} ": " {item.people.iter().filter_map(|p| p.name.clone()).collect::<Vec<_>>().join(", ")}</p>
            })}
            {(!preferred.is_empty() || item.preferred_start.is_some()).then(|| view! {
                <p class="meta">{t!(i18n, fest_prefers)} ": " {preferred.join(", ")}
                    {item.preferred_start.map(|(f, t)| format!(" {}–{}", hhmm(f), hhmm(t)))}</p>
            })}
            {note.map(|n| view! { <p class="notice notice-warning" data-testid="unplaced-note">{t!(i18n, fest_not_placed_because)} " " {n}</p> })}
            {item.cancel_reason.clone().map(|r| view! { <p class="meta">{t!(i18n, fest_status_cancelled)} ": " {r}</p> })}
            <div class="manage-actions">
                {(status == Status::Proposed).then(|| view! {
                    <ServerForm action=accept id="review_intervention" flash=None on_success=reload class="inline-form" scope=format!("a{id}")>
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="decision" value="accept" />
                        <Submit label=move || t_string!(i18n, fest_accept) />
                    </ServerForm>
                })}
                {matches!(status, Status::Accepted | Status::Scheduled | Status::Published).then(|| view! {
                    <ServerForm action=place id="place_intervention" flash=place_flash.clone() on_success=reload class="place-form" scope=scope.clone()>
                        <input type="hidden" name="id" value=id />
                        <ConflictMessages m />
                        <div class="field">
                            <label for=format!("f-{scope}-venue_id")>{t!(i18n, fest_venue)}</label>
                            <select id=format!("f-{scope}-venue_id") name="venue_id">
                                {venues.iter().map(|v| view! {
                                    <option value=v.id selected=Some(v.id) == kept_venue>{v.name.clone()} " (" {v.capacity} ")"</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <Field name="start" kind="time" label=move || t_string!(i18n, fest_start) value=start_value.clone() required=true />
                        <Submit label=move || if status == Status::Accepted { t_string!(i18n, fest_place) } else { t_string!(i18n, fest_move) } secondary=true />
                    </ServerForm>
                })}
                {(status != Status::Cancelled).then(|| view! {
                    <details class="cancel-item">
                        <summary>{t!(i18n, fest_cancel)}</summary>
                        <ServerForm action=cancel id="review_intervention" flash=flash.clone().filter(|f| f.values.iter().any(|(k, _)| k == "reason")) on_success=reload scope=format!("c{id}")>
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="decision" value="cancel" />
                            <Field name="reason" label=move || t_string!(i18n, fest_cancel_reason) required=true maxlength=REASON_MAX />
                            <Submit label=move || t_string!(i18n, fest_cancel) secondary=true />
                        </ServerForm>
                    </details>
                })}
            </div>
        </li>
    }
}

/// Records a venue owner's answer (the other fields travel unchanged).
#[component]
fn ConsentForm(v: VenueInfo) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveVenue>::new();
    let select_id = format!("consent-{}", v.id);
    view! {
        <ServerForm action id="save_venue" class="consent-form" scope=format!("v{}", v.id)>
            <input type="hidden" name="id" value=v.id />
            <input type="hidden" name="name" value=v.name.clone() />
            <input type="hidden" name="address" value=v.address.clone() />
            <input type="hidden" name="lat" value=v.lat.to_string() />
            <input type="hidden" name="lon" value=v.lon.to_string() />
            <input type="hidden" name="capacity" value=v.capacity />
            {v.indoor.then(|| view! { <input type="hidden" name="indoor" value="on" /> })}
            <input type="hidden" name="accessibility" value=v.accessibility.clone() />
            <label class="visually-hidden" for=select_id.clone()>{t!(i18n, fest_venue_consent)} " – " {v.name.clone()}</label>
            <select id=select_id name="consent">
                {[Consent::Yes, Consent::Pending, Consent::No].into_iter().map(|c| view! {
                    <option value=c.code() selected=v.consent == c>{move || c.label(i18n)}</option>
                }).collect_view()}
            </select>
            <Submit label=move || t_string!(i18n, fest_save) secondary=true />
        </ServerForm>
    }
}

#[component]
fn EditionForm(edition: Option<Edition>, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveEdition>::new();
    let scope = if edition.is_some() {
        "edition"
    } else {
        "new-edition"
    };
    let e = edition.clone();
    view! {
        <ServerForm action id="save_edition" flash scope=scope>
            {e.as_ref().map(|e| view! { <input type="hidden" name="id" value=e.id /> })}
            <Field name="title" label=move || t_string!(i18n, fest_edition_title) required=true maxlength=TITLE_MAX value=e.as_ref().map(|e| e.title.clone()).unwrap_or_default() />
            <div class="field-row">
                <Field name="day" kind="date" label=move || t_string!(i18n, fest_edition_day) required=true value=e.as_ref().map(|e| e.day.clone()).unwrap_or_default() />
                <Field name="opens" kind="time" label=move || t_string!(i18n, fest_edition_opens) required=true value=e.as_ref().map(|e| hhmm(e.opens)).unwrap_or_else(|| "10:00".into()) />
                <Field name="closes" kind="time" label=move || t_string!(i18n, fest_edition_closes) required=true value=e.as_ref().map(|e| hhmm(e.closes)).unwrap_or_else(|| "22:00".into()) />
            </div>
            <div class="field-row">
                <Field name="target" kind="number" label=move || t_string!(i18n, fest_edition_target) inputmode="numeric" value=e.as_ref().map(|e| e.target.to_string()).unwrap_or_else(|| "100".into()) />
                <Field name="walk" kind="number" label=move || t_string!(i18n, fest_edition_walk) hint=move || t_string!(i18n, fest_edition_walk_hint) inputmode="numeric" value=e.as_ref().map(|e| e.walk_m_per_min.to_string()).unwrap_or_else(|| "70".into()) />
            </div>
            <Submit label=move || if edition.is_some() { t_string!(i18n, fest_save) } else { t_string!(i18n, fest_create_edition) } />
        </ServerForm>
    }
}

#[component]
fn VenueForm(flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveVenue>::new();
    let consent_kept = kept_value(flash.as_ref(), "save_venue", "consent");
    view! {
        <ServerForm action id="save_venue" flash scope="venue">
            <Field name="name" label=move || t_string!(i18n, fest_venue_name) required=true maxlength=120usize />
            <Field name="address" label=move || t_string!(i18n, fest_venue_address) required=true maxlength=200usize />
            <div class="field-row">
                <Field name="lat" label=move || t_string!(i18n, fest_venue_lat) required=true inputmode="decimal" hint=move || t_string!(i18n, fest_venue_coords_hint) />
                <Field name="lon" label=move || t_string!(i18n, fest_venue_lon) required=true inputmode="decimal" />
                <Field name="capacity" kind="number" label=move || t_string!(i18n, fest_venue_capacity) required=true inputmode="numeric" />
            </div>
            <div class="field field-check">
                <input type="checkbox" id="f-venue-indoor" name="indoor" value="on" />
                <label for="f-venue-indoor">{t!(i18n, fest_indoor)}</label>
            </div>
            <Field name="accessibility" label=move || t_string!(i18n, fest_accessibility) maxlength=400usize />
            <div class="field">
                <label for="f-venue-consent">{t!(i18n, fest_venue_consent)}</label>
                <select id="f-venue-consent" name="consent">
                    {[Consent::Yes, Consent::Pending, Consent::No].into_iter().map(|c| view! {
                        <option value=c.code() selected=consent_kept.as_deref().unwrap_or("pending") == c.code()>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="consent" />
            </div>
            <Submit label=move || t_string!(i18n, fest_add_venue) />
        </ServerForm>
    }
}

/// [`IdeaInterventions`] as a part of an idea's page.
pub fn idea_interventions_part(idea_id: i64) -> AnyView {
    view! { <IdeaInterventions idea_id /> }.into_any()
}
