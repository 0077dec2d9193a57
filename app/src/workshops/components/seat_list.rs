use crate::common::ids::WorkshopId;
use crate::i18n::*;
use crate::workshops::api::{CancelWorkshopSeat, MarkAttendance};
use crate::workshops::{SeatRow, SeatStatus};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The list for facilitators: who registered (and for which team), who waits, and, on the
/// day, a "came" / "did not come" pair of buttons per person (large enough for a phone).
#[component]
pub(crate) fn SeatList(id: WorkshopId, seats: Vec<SeatRow>) -> impl IntoView {
    let i18n = use_i18n();
    let registered = seats
        .iter()
        .filter(|s| s.status == SeatStatus::Registered)
        .count();
    let came = seats.iter().filter(|s| s.attended == Some(true)).count();
    view! {
        <section class="panel seat-list" id="seats" aria-labelledby="ws-seats-title">
            <h2 id="ws-seats-title">{t!(i18n, ws_list)}</h2>
            <p role="status" data-testid="ws-attendance-count">{t!(i18n, ws_registered_count)} ": " {registered} " · " {t!(i18n, ws_came_count)} ": " {came}</p>
            {seats.is_empty().then(|| view! { <p class="empty">{t!(i18n, ws_nobody_yet)}</p> })}
            <ul class="seat-rows">
                {seats.into_iter().map(|s| {
                    let user = s.user_id;
                    let status = s.status;
                    let name = s.name.clone().unwrap_or_default();
                    view! {
                        <li id=format!("seat-{user}") class="seat-row">
                            <span class="seat-name">{name.clone()}</span>
                            {s.team.clone().map(|t| view! { <span class="hint">" · " {t}</span> })}
                            <span class="seat-status">{move || status.label(i18n)}</span>
                            {(status == SeatStatus::Registered).then(|| view! {
                                <form method="post" action=MarkAttendance::url() class="inline-form attendance">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="user_id" value=user />
                                    <button type="submit" name="attended" value="yes" class="button button-small"
                                        aria-pressed=if s.attended == Some(true) { "true" } else { "false" }
                                        aria-label=format!("{} – {}", t_string!(i18n, ws_came), name)>{t!(i18n, ws_came)}</button>
                                    <button type="submit" name="attended" value="no" class="button button-small button-secondary"
                                        aria-pressed=if s.attended == Some(false) { "true" } else { "false" }
                                        aria-label=format!("{} – {}", t_string!(i18n, ws_did_not_come), name)>{t!(i18n, ws_did_not_come)}</button>
                                </form>
                            })}
                            <form method="post" action=CancelWorkshopSeat::url() class="inline-form">
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="user_id" value=user />
                                <button type="submit" class="button button-small button-secondary"
                                    aria-label=format!("{} – {}", t_string!(i18n, ws_remove), name)>{t!(i18n, ws_remove)}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
