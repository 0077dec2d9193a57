use super::LiveForumView;
use crate::common::FormFlash;
use crate::forums::api::{AdvanceForum, CheckInForum, PlaceForumSession};
use crate::forums::{next_step, Console, Next, SegmentKind};
use crate::i18n::*;
use crate::ui::chips::SectorChips;
use crate::ui::forms::{kept_list, kept_value, FieldErrorFor, ServerForm, Submit};
use leptos::prelude::*;

/// The host's console (works on a phone): what runs now, the one button that moves the forum
/// on (with "end this round early" and, before a World Café, who hosts a table), and the list
/// to check people in.
#[component]
pub(crate) fn ConsoleView(console: Console, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = console.live.forum;
    let at = console
        .live
        .segment
        .as_ref()
        .and_then(|s| console.flow.iter().position(|x| x.id == s.id));
    let next = next_step(&console.flow, at, console.live.round);
    let cafe_tables = match next {
        Next::Segment(i) if console.flow[i].kind == SegmentKind::Cafe => {
            Some(console.flow[i].tables.unwrap_or(1))
        }
        _ => None,
    };
    let next_segment = match next {
        Next::Segment(i) => Some((console.flow[i].kind, super::hours(&console.flow[i]))),
        _ => None,
    };
    let ended = console.live.ended;
    let at_segment = console
        .live
        .segment
        .as_ref()
        .map(|s| s.id.to_string())
        .unwrap_or_default();
    let at_round = console.live.round;
    let early_kept =
        kept_value(flash.as_ref(), "advance_forum", "early").is_some_and(|v| v == "on");
    let kept_hosts =
        kept_list(flash.as_ref(), "advance_forum", "table_hosts[]").unwrap_or_default();
    let running = console.live.segment.is_some();
    let round_over = console.round_over;
    let here: Vec<_> = console
        .seats
        .iter()
        .filter(|s| s.checked_in)
        .cloned()
        .collect();
    let here_count = here.len();
    // Open Space: sessions that outgrew their space, with where they could go.
    let moves: Vec<(i64, String, String, u32, String, Option<String>)> = console
        .live
        .grid
        .as_ref()
        .map(|g| {
            g.suggestions
                .iter()
                .filter_map(|m| {
                    let s = g.sessions.iter().find(|x| x.id == m.session)?;
                    let to = g.space(m.to_space)?;
                    let swap = m
                        .swap_with
                        .and_then(|o| g.sessions.iter().find(|x| x.id == o));
                    Some((
                        s.id,
                        s.title.clone(),
                        format!("{}:{}", to.id, s.slot.unwrap_or(1)),
                        s.goers,
                        format!("{} ({})", to.name, to.capacity),
                        swap.map(|o| o.title.clone()),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let advance = ServerAction::<AdvanceForum>::new();
    let next_label = move || match next {
        Next::Round(r) => format!("{} {r}", t_string!(i18n, fo_start_round)),
        Next::Segment(i) if at.is_none() && i == 0 => t_string!(i18n, fo_begin).to_owned(),
        Next::Segment(_) => t_string!(i18n, fo_next_segment).to_owned(),
        Next::End => t_string!(i18n, fo_end).to_owned(),
    };
    view! {
        <section class="panel console-now" aria-labelledby="fo-console-now">
            <h2 id="fo-console-now" class="visually-hidden">{t!(i18n, fo_console)}</h2>
            <LiveForumView live=console.live.clone() screen=false flash=flash.clone() />
            {(console.unseated > 0).then(|| view! { <p class="notice">{t!(i18n, fo_unseated)} " " {console.unseated}</p> })}
        </section>
        {(!moves.is_empty()).then(|| view! {
            <section class="panel console-moves" aria-labelledby="fo-moves-title" data-testid="fo-moves">
                <h2 id="fo-moves-title">{t!(i18n, fo_bigger_space)}</h2>
                <ul>
                    {moves.into_iter().map(|(session, title, cell, goers, to, swap)| {
                        let action = ServerAction::<PlaceForumSession>::new();
                        let swapping = swap.is_some();
                        view! {
                            <li>
                                <p><strong>{title}</strong> " · " {goers} " " {t!(i18n, fo_going)} " → " {to}
                                    {swap.map(|o| view! { " · " {t!(i18n, fo_swap_with)} " " {o} })}</p>
                                <ServerForm action id="place_forum_session" scope=format!("mv{session}") class="inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="session" value=session />
                                    <input type="hidden" name="cell" value=cell />
                                    <input type="hidden" name="back" value="console" />
                                    <input type="hidden" name="swap" value=if swapping { "yes" } else { "no" } />
                                    <FieldErrorFor name="cell" />
                                    <Submit label=move || t_string!(i18n, fo_move_there) />
                                </ServerForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
        {if ended {
            view! { <p class="notice" data-testid="fo-ended">{t!(i18n, fo_ended)}</p> }.into_any()
        } else {
            view! {
        <section class="panel console-next" aria-labelledby="fo-next-title">
            <h2 id="fo-next-title">{t!(i18n, fo_next)}</h2>
            {next_segment.map(|(kind, hours)| view! { <p>{move || kind.label(i18n)} " · " {hours}</p> })}
            <ServerForm action=advance id="advance_forum" flash=flash.clone() scope="adv">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="at_segment" value=at_segment />
                <input type="hidden" name="at_round" value=at_round />
                {(running && !round_over).then(|| view! {
                    <label class="checkbox" for="f-adv-early">
                        <input type="checkbox" id="f-adv-early" name="early" checked=early_kept aria-describedby="f-adv-early-error" />
                        {t!(i18n, fo_early)}
                    </label>
                    <FieldErrorFor name="early" />
                })}
                {cafe_tables.map(|tables| view! {
                    <fieldset class="field" aria-describedby="f-adv-table_hosts-error">
                        <legend>{t!(i18n, fo_table_hosts)}</legend>
                        <p class="hint">{t!(i18n, fo_table_hosts_hint)}</p>
                        {(1..=tables).map(|k| {
                            let select_id = format!("f-adv-th-{k}");
                            let chosen = kept_hosts.get(k as usize - 1).cloned().unwrap_or_default();
                            view! {
                                <div class="field">
                                    <label for=select_id.clone()>{t!(i18n, fo_table_host_of)} " " {k}</label>
                                    <select id=select_id.clone() name="table_hosts[]">
                                        <option value="">{t!(i18n, fo_nobody)}</option>
                                        {here.iter().map(|s| {
                                            let value = s.user_id.to_string();
                                            view! { <option value=value.clone() selected=chosen == value>{s.name.clone().unwrap_or_default()}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                            }
                        }).collect_view()}
                        <FieldErrorFor name="table_hosts" />
                    </fieldset>
                })}
                <Submit label=next_label />
            </ServerForm>
        </section>
            }.into_any()
        }}
        <p><a href=format!("/forums/{id}/cards")>{t!(i18n, fo_cards)}</a></p>
        <section class="panel console-seats" id="seats" aria-labelledby="fo-seats-title">
            <h2 id="fo-seats-title">{t!(i18n, fo_check_in)} " " <span class="count">{here_count} " / " {console.seats.len()}</span></h2>
            {console.seats.is_empty().then(|| view! { <p class="empty">{t!(i18n, ws_nobody_yet)}</p> })}
            <ul class="seat-list">
                {console.seats.into_iter().map(|s| {
                    let action = ServerAction::<CheckInForum>::new();
                    let waiting = s.status == crate::workshops::SeatStatus::Waiting;
                    view! {
                        <li id=format!("seat-{}", s.user_id) class:checked-in=s.checked_in>
                            <span class="seat-name">{s.name.clone().unwrap_or_default()}</span>
                            {s.stays.then(|| view! { <span class="badge">{t!(i18n, fo_stays_short)}</span> })}
                            <SectorChips sectors=s.sectors.clone() />
                            {if waiting {
                                view! { <span class="hint">{t!(i18n, ws_seat_waiting)}</span> }.into_any()
                            } else {
                                let name = s.name.clone().unwrap_or_default();
                                view! {
                                    <ServerForm action id="check_in_forum" scope=format!("ci{}", s.user_id) class="inline-form">
                                        <input type="hidden" name="id" value=id />
                                        <input type="hidden" name="user_id" value=s.user_id />
                                        <input type="hidden" name="here" value=if s.checked_in { "no" } else { "yes" } />
                                        <Submit label=move || format!("{} {name}", if s.checked_in { t_string!(i18n, fo_undo_check_in) } else { t_string!(i18n, fo_check_in_one) }) secondary=s.checked_in />
                                    </ServerForm>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
