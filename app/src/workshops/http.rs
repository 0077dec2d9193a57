//! A workshop as an iCalendar file, public like its page (the online link is not in it: that
//! is for registered people only).
use crate::common::ical::{one_event, OneEvent};
use crate::common::ids::WorkshopId;
use crate::server::files::{failed, file, stamp};
use crate::server::state::AppState;
use crate::workshops::{hhmm, Place, WorkshopCard};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/workshops/{id}/workshop.ics", get(workshop_ics))
}

/// The calendar file of one workshop. `stamp` is the creation time in UTC.
pub fn icalendar(
    card: &WorkshopCard,
    place: Option<&Place>,
    purpose: &str,
    base_url: &str,
    stamp: &str,
) -> String {
    let base = base_url.trim_end_matches('/');
    let host = base.rsplit("//").next().unwrap_or("santaka");
    let url = format!("{base}/workshops/{}", card.id);
    one_event(
        &OneEvent {
            kind: "workshop",
            id: card.id.0,
            description: format!(
                "{}–{}\n{purpose}\n{url}",
                hhmm(card.starts),
                hhmm(card.ends)
            ),
            url,
            title: &card.title,
            day: &card.day,
            starts: card.starts,
            ends: card.ends,
            place: place.map(|p| (p.name.as_str(), p.address.as_str(), p.lat, p.lon)),
        },
        host,
        stamp,
    )
}

async fn workshop_ics(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<WorkshopId>() else {
        return (StatusCode::NOT_FOUND, "No such workshop.").into_response();
    };
    match super::ssr::workshop_page(&state.pool, None, id).await {
        Ok(page) => file(
            "text/calendar; charset=utf-8",
            Some("attachment; filename=\"santaka-workshop.ics\""),
            icalendar(
                &page.card,
                page.place.as_ref(),
                &page.purpose,
                &state.public_url,
                &stamp(),
            ),
        ),
        Err(crate::common::error::AppError::NotFound) => {
            (StatusCode::NOT_FOUND, "No such workshop.").into_response()
        }
        Err(error) => failed("workshop calendar", error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ideas::stage::Stage;

    #[test]
    fn a_workshop_calendar_has_local_times_the_place_and_no_online_link() {
        let card = WorkshopCard {
            id: WorkshopId(4),
            title: "Biudžetas, leidimai, pristatymas".into(),
            serves: Stage::Workshop,
            series: None,
            sectors: vec![],
            age_min: 14,
            age_max: None,
            lang: "lt".into(),
            day: "2027-04-08".into(),
            starts: 17 * 60 + 30,
            ends: 20 * 60,
            place: Some("Kauno menininkų namai".into()),
            capacity: 12,
            taken: 3,
            waiting: 0,
            closes_at: "2027-04-07 20:00".into(),
        };
        let place = Place {
            id: crate::common::ids::PlaceId(1),
            name: "Kauno menininkų namai".into(),
            address: "V. Putvinskio g. 56, Kaunas".into(),
            lat: 54.8985,
            lon: 23.9129,
            accessibility: String::new(),
        };
        let ics = icalendar(
            &card,
            Some(&place),
            "Sąmata; leidimai",
            "https://santaka.lt/",
            "20270401T080000Z",
        );
        assert!(ics.contains("DTSTART;TZID=Europe/Vilnius:20270408T173000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Vilnius:20270408T200000\r\n"));
        assert!(ics.contains("UID:workshop-4@santaka.lt\r\n"));
        assert!(ics.contains("LOCATION:Kauno menininkų namai\\, V. Putvinskio g. 56\\, Kaunas"));
        assert!(ics.contains("URL:https://santaka.lt/workshops/4\r\n"));
        assert!(ics.contains("Sąmata\\; leidimai"));
        assert!(ics.contains("BEGIN:VTIMEZONE"));
    }
}
