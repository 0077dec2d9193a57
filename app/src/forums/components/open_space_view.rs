use crate::common::ids::{ForumId, SegmentId};
use crate::common::FormFlash;
use crate::forums::api::{GoForumSession, PlaceForumSession, PostForumSession};
use crate::forums::open_space::{SESSION_TITLE_MAX, SESSION_WHAT_MAX};
use crate::forums::{OpenGrid, OsSession};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::workshops::hhmm;
use leptos::prelude::*;

/// An Open Space: slot by slot, every space with its session (or free), how many said "I'll
/// go" against the seats, and the marketplace of sessions not yet placed. On a phone each
/// session has "I'll go" and, for whoever may place it, where it goes; the room screen shows
/// the grid only. `back` is the page the forms return to ("live" or "console").
#[component]
pub(crate) fn OpenSpaceView(
    grid: OpenGrid,
    forum: ForumId,
    /// The slot on now (from 1).
    now: u32,
    screen: bool,
    back: &'static str,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let grid = StoredValue::new(grid);
    let slots = grid.with_value(|g| g.slots.clone());
    let unplaced: Vec<OsSession> = grid.with_value(|g| {
        g.sessions
            .iter()
            .filter(|s| s.space.is_none())
            .cloned()
            .collect()
    });
    let session = move |s: OsSession| {
        view! { <SessionCard session=s grid forum screen back reload /> }
    };
    view! {
        <section class="open-space" id="open-space" aria-labelledby="fo-os-title" data-testid="fo-open-space">
            <h2 id="fo-os-title">{t!(i18n, fo_os_grid)}</h2>
            {slots.into_iter().enumerate().map(|(k, (from, to))| {
                let slot = k as u32 + 1;
                let spaces = grid.with_value(|g| g.spaces.clone());
                view! {
                    <h3 class="os-slot" class:os-now=slot == now>
                        {t!(i18n, fo_slot)} " " {slot} " · " {hhmm(from)} "–" {hhmm(to)}
                        {(slot == now).then(|| view! { " · " <span class="badge">{t!(i18n, fo_now)}</span> })}
                    </h3>
                    <ul class="os-cells">
                        {spaces.into_iter().map(|space| {
                            let here = grid.with_value(|g| g.at(space.id, slot).cloned());
                            view! {
                                <li class="os-cell">
                                    <p class="os-space">{space.name.clone()} " · " {space.capacity} " " {t!(i18n, fo_seats)}</p>
                                    {match here {
                                        Some(s) => session(s).into_any(),
                                        None => view! { <p class="hint">{t!(i18n, fo_free)}</p> }.into_any(),
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            }).collect_view()}
            {(!screen || !unplaced.is_empty()).then(|| view! {
                <h3>{t!(i18n, fo_marketplace)}</h3>
            })}
            {(!screen && unplaced.is_empty()).then(|| view! { <p class="empty">{t!(i18n, fo_marketplace_empty)}</p> })}
            <ul class="os-market">
                {unplaced.into_iter().map(|s| view! { <li>{session(s)}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// One session: its title and line, convener, and who is going; "I'll go" and placing.
#[component]
fn SessionCard(
    session: OsSession,
    grid: StoredValue<OpenGrid>,
    forum: ForumId,
    screen: bool,
    back: &'static str,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let s = session;
    let seats = s
        .space
        .and_then(|id| grid.with_value(|g| g.space(id).map(|sp| sp.capacity)));
    let crowded = seats.is_some_and(|c| s.goers > c);
    let may_go = !screen && grid.with_value(|g| g.may_post);
    let going = s.going;
    let go = ServerAction::<GoForumSession>::new();
    let place = ServerAction::<PlaceForumSession>::new();
    // The cells it may go to: free ones and its own.
    let cells: Vec<(String, String)> = grid.with_value(|g| {
        let mut out = Vec::new();
        for (k, _) in g.slots.iter().enumerate() {
            let slot = k as u32 + 1;
            for space in &g.spaces {
                let taken = g.at(space.id, slot).is_some_and(|o| o.id != s.id);
                if !taken {
                    out.push((
                        format!("{}:{slot}", space.id),
                        format!("{} · {slot}", space.name),
                    ));
                }
            }
        }
        out
    });
    let current = s
        .space
        .zip(s.slot)
        .map(|(a, b)| format!("{a}:{b}"))
        .unwrap_or_default();
    let select_id = format!("f-place{}-cell", s.id);
    view! {
        <div class="os-session" id=format!("session-{}", s.id) class:os-crowded=crowded>
            <p class="os-title" lang=other_lang(&s.lang)><strong>{s.title.clone()}</strong></p>
            {(!s.what.is_empty()).then(|| view! { <p class="os-what" lang=other_lang(&s.lang)>{s.what.clone()}</p> })}
            <p class="hint">
                {s.convener.clone().map(|c| view! { {t!(i18n, fo_convener)} ": " {c} " · " })}
                <span data-testid="fo-goers">{s.goers}</span> " " {t!(i18n, fo_going)}
                {seats.map(|c| view! { " / " {c} })}
            </p>
            {crowded.then(|| view! { <p class="notice">{t!(i18n, fo_too_small)}</p> })}
            {may_go.then(|| view! {
                <ServerForm action=go id="go_forum_session" scope=format!("go{}", s.id) class="inline-form" on_success=reload>
                    <input type="hidden" name="id" value=forum />
                    <input type="hidden" name="session" value=s.id />
                    <input type="hidden" name="go" value=if going { "no" } else { "yes" } />
                    <Submit label=move || if going { t_string!(i18n, fo_not_going) } else { t_string!(i18n, fo_ill_go) } secondary=going />
                </ServerForm>
            })}
            {(!screen && s.may_place).then(|| view! {
                <ServerForm action=place id="place_forum_session" scope=format!("place{}", s.id) class="inline-form os-place" on_success=reload>
                    <input type="hidden" name="id" value=forum />
                    <input type="hidden" name="session" value=s.id />
                    <input type="hidden" name="back" value=back />
                    <label for=select_id.clone()>{t!(i18n, fo_place_in)}</label>
                    <select id=select_id.clone() name="cell" aria-describedby=format!("f-place{}-cell-error", s.id)>
                        <option value="">{t!(i18n, fo_unplaced)}</option>
                        {cells.into_iter().map(|(value, label)| {
                            let selected = value == current;
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="cell" />
                    <Submit label=move || t_string!(i18n, fo_place) secondary=true />
                </ServerForm>
            })}
        </div>
    }
}

/// The marketplace's form: someone taking part posts a session they will convene.
#[component]
pub(crate) fn PostSessionForm(
    forum: ForumId,
    segment: SegmentId,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostForumSession>::new();
    view! {
        <ServerForm action id="post_forum_session" flash scope="os" class="os-post" on_success=reload>
            <h3>{t!(i18n, fo_post_session)}</h3>
            <input type="hidden" name="id" value=forum />
            <input type="hidden" name="segment" value=segment />
            <Field name="title" label=move || t_string!(i18n, fo_session_title) required=true maxlength=SESSION_TITLE_MAX />
            <TextArea name="what" label=move || t_string!(i18n, fo_session_what) hint=move || t_string!(i18n, fo_session_what_hint) maxlength=SESSION_WHAT_MAX />
            <Submit label=move || t_string!(i18n, fo_post_session) />
        </ServerForm>
    }
}
