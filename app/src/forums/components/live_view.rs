use super::{HarvestList, OpenSpaceView, PostSessionForm};
use crate::common::FormFlash;
use crate::forums::api::{get_live_forum, AddHarvestNote};
use crate::forums::{mmss, LiveForum, NOTE_MAX};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{ServerForm, Submit, TextArea};
use crate::ui::island::{island_i18n, mark_live};
use leptos::prelude::*;

/// A forum as it runs, on a participant's phone, the host's console or the room's screen
/// (`screen`: large type, every table, no forms). An island that follows the forum's live
/// channel and reads the state again on every change; the countdown ticks in the browser.
/// Without JavaScript it is the state at load, with a link to load it again.
#[island(lazy)]
pub fn LiveForumView(live: LiveForum, screen: bool, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let id = live.forum;
    let left = RwSignal::new(live.seconds_left);
    let current = RwSignal::new(live);
    let connected = RwSignal::new(false);
    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Ok(state) = get_live_forum(id).await {
                left.try_set(state.seconds_left);
                current.try_set(state);
            }
        })
    };
    Effect::new(move |_| {
        crate::ui::live_channel::listen(&format!("/live/forums/{id}"), connected, refresh)
    });
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let tick = move || {
            left.try_update(|l| {
                if let Some(s) = l {
                    *s = (*s - 1).max(0);
                }
            });
        };
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    });
    let reload = Callback::new(move |_: String| refresh());
    // Only what each part shows: the note form is not rebuilt (losing what is typed) when a
    // note arrives, and the live region speaks only when the segment, round, question or
    // table changes.
    let may_write = Memo::new(move |_| current.with(|l| l.may_write));
    let now = Memo::new(move |_| {
        current.with(|l| Now {
            segment: l.segment.clone(),
            round: l.round,
            rounds: l.rounds,
            question: l.question.clone(),
            my_table: l.my_table,
            lang: l.lang.clone(),
            signed_in: l.signed_in,
            is_host: l.is_host,
            ended: l.ended,
            my_case: l
                .my_table
                .and_then(|(t, _)| l.cases.iter().find(|c| c.table == t))
                .map(|c| (c.idea_title.clone(), c.quest.clone(), c.lang.clone())),
        })
    });
    // Open Space: the grid (with the slot on), where the marketplace's form posts, and the
    // sessions of the slot on (a note is filed under one).
    let grid = Memo::new(move |_| current.with(|l| l.grid.clone().map(|g| (g, l.round))));
    let post_to = Memo::new(move |_| {
        current.with(|l| {
            l.grid
                .as_ref()
                .filter(|g| g.may_post && !screen)
                .map(|g| g.segment)
        })
    });
    let note_sessions = Memo::new(move |_| {
        current.with(|l| {
            l.grid.as_ref().map_or(Vec::new(), |g| {
                g.sessions
                    .iter()
                    .filter(|s| s.slot == Some(l.round))
                    .map(|s| (s.id, s.title.clone(), s.going))
                    .collect::<Vec<_>>()
            })
        })
    });
    let here = if screen {
        format!("/forums/{id}/screen")
    } else {
        format!("/forums/{id}/live")
    };
    view! {
        <p class="live-status" data-live=move || if connected.get() { "on" } else { "off" }>
            {move || if connected.get() { t_string!(i18n, fo_live_on) } else { t_string!(i18n, fo_live_off) }}
            " " <a href=here.clone() class="reload-link">{t!(i18n, fo_reload)}</a>
        </p>
        // What is on now: announced to screen readers when it changes (a new segment, round
        // or table); the countdown is a timer, not announced every second.
        <div class="live-now" role="status" aria-live="polite" data-testid="fo-now">
            {move || now.with(|l| now_view(i18n, l))}
        </div>
        <p class="countdown" role="timer" data-testid="fo-countdown" aria-label=move || t_string!(i18n, fo_time_left)>
            {move || left.get().map(mmss)}
        </p>
        {move || current.with(|l| (screen && !l.tables.is_empty()).then(|| view! {
            <ol class="room-tables" data-testid="fo-tables">
                {l.tables.iter().map(|t| view! {
                    <li class="room-table">
                        <h2>{t!(i18n, fo_table)} " " {t.table}</h2>
                        {t.case.clone().map(|c| view! { <p class="table-case">{c}</p> })}
                        {t.host.clone().map(|h| view! { <p class="table-host">{h} " · " {t!(i18n, fo_table_host)}</p> })}
                        <p>{t.people.join(", ")}</p>
                    </li>
                }).collect_view()}
            </ol>
        }))}
        {move || grid.get().map(|(g, round)| view! {
            <OpenSpaceView grid=g forum=id now=round screen back="live" reload />
        })}
        {
            let flash = flash.clone();
            move || post_to.get().map(|segment| view! {
                <PostSessionForm forum=id segment flash=flash.clone() reload />
            })
        }
        {move || (!screen && may_write.get()).then(|| {
            let action = ServerAction::<AddHarvestNote>::new();
            view! {
                <ServerForm action id="add_harvest_note" flash=flash.clone() on_success=reload scope="note" class="note-form">
                    <input type="hidden" name="id" value=id />
                    {move || (!note_sessions.get().is_empty()).then(|| view! {
                        <div class="field">
                            <label for="f-note-session">{t!(i18n, fo_note_session)}</label>
                            <select id="f-note-session" name="session">
                                <option value="">{t!(i18n, fo_whole_segment)}</option>
                                {note_sessions.get().into_iter().map(|(sid, title, going)| view! {
                                    <option value=sid selected=going>{title}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    <TextArea name="body" label=move || t_string!(i18n, fo_note) hint=move || t_string!(i18n, fo_note_hint) maxlength=NOTE_MAX />
                    <Submit label=move || t_string!(i18n, fo_add_note) />
                </ServerForm>
            }
        })}
        {move || current.with(|l| (!screen && !l.notes.is_empty()).then(|| view! {
            <HarvestList notes=l.notes.clone() forum_id=l.forum share=l.may_write.then_some(l.forum) live=true />
        }))}
    }
}

/// What the live region says.
#[derive(Debug, Clone, PartialEq)]
struct Now {
    segment: Option<crate::forums::Segment>,
    round: u32,
    rounds: u32,
    question: Option<String>,
    my_table: Option<(u32, bool)>,
    lang: String,
    signed_in: bool,
    is_host: bool,
    ended: bool,
    /// Pro Action Café: the case at the viewer's table (idea, quest, its language).
    my_case: Option<(String, String, String)>,
}

/// The segment on, its round and question, and the viewer's table.
fn now_view(i18n: leptos_i18n::I18nContext<Locale>, l: &Now) -> AnyView {
    let Some(seg) = l.segment.clone() else {
        if l.ended {
            return view! { <p class="live-idle">{t!(i18n, fo_ended)}</p> }.into_any();
        }
        return view! { <p class="live-idle">{t!(i18n, fo_not_running)}</p> }.into_any();
    };
    let kind = seg.kind;
    view! {
        <h2 class="live-segment">
            {move || kind.label(i18n)}
            {(l.rounds > 1).then(|| view! { " · " {t!(i18n, fo_round)} " " {l.round} " / " {l.rounds} })}
        </h2>
        {l.question.clone().map(|q| view! { <p class="live-question" lang=other_lang(&l.lang)>{q}</p> })}
        {match l.my_table {
            Some((table, hosts)) => view! {
                <p class="my-table" data-testid="fo-my-table">{t!(i18n, fo_your_table)} " " <strong>{table}</strong>
                    {hosts.then(|| view! { " · " {t!(i18n, fo_you_host)} })}</p>
            }.into_any(),
            None if kind.seats_tables() && l.signed_in && !l.is_host => {
                view! { <p class="hint">{t!(i18n, fo_no_table)}</p> }.into_any()
            }
            None => ().into_any(),
        }}
        {l.my_case.clone().map(|(idea, quest, lang)| view! {
            <p class="my-case">{t!(i18n, fo_case)} ": " <strong>{idea}</strong></p>
            <p class="live-question" lang=other_lang(&lang)>{quest}</p>
        })}
    }
    .into_any()
}
