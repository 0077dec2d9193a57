//! A workshop as an iCalendar file, public like its page (the online link is not in it: that
//! is for registered people only).
use crate::common::ical::{line, local_time, text, VILNIUS};
use crate::common::ids::WorkshopId;
use crate::server::state::AppState;
use crate::workshops::{hhmm, Place, WorkshopCard};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
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
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Santaka//Workshops//LT");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    out.push_str(VILNIUS);
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:workshop-{}@{host}", card.id));
    line(&mut out, &format!("DTSTAMP:{stamp}"));
    line(
        &mut out,
        &format!(
            "DTSTART;TZID=Europe/Vilnius:{}",
            local_time(&card.day, card.starts)
        ),
    );
    line(
        &mut out,
        &format!(
            "DTEND;TZID=Europe/Vilnius:{}",
            local_time(&card.day, card.ends)
        ),
    );
    line(&mut out, &format!("SUMMARY:{}", text(&card.title)));
    match place {
        Some(p) => {
            line(
                &mut out,
                &format!("LOCATION:{}", text(&format!("{}, {}", p.name, p.address))),
            );
            line(&mut out, &format!("GEO:{:.6};{:.6}", p.lat, p.lon));
        }
        None => line(&mut out, "LOCATION:Online"),
    }
    line(&mut out, &format!("URL:{url}"));
    line(
        &mut out,
        &format!(
            "DESCRIPTION:{}",
            text(&format!(
                "{}–{}\n{purpose}\n{url}",
                hhmm(card.starts),
                hhmm(card.ends)
            ))
        ),
    );
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

async fn workshop_ics(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<WorkshopId>() else {
        return (StatusCode::NOT_FOUND, "No such workshop.").into_response();
    };
    match super::ssr::workshop_page(&state.pool, None, id).await {
        Ok(page) => {
            let body = icalendar(
                &page.card,
                page.place.as_ref(),
                &page.purpose,
                &state.public_url,
                &chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string(),
            );
            let mut response = (StatusCode::OK, body).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"santaka-workshop.ics\""),
            );
            response
        }
        Err(crate::common::error::AppError::NotFound) => {
            (StatusCode::NOT_FOUND, "No such workshop.").into_response()
        }
        Err(error) => {
            let request_id = uuid::Uuid::new_v4().to_string();
            tracing::error!(request_id = %request_id, error = %error, "workshop calendar failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("Something went wrong on our side (reference {request_id})."),
            )
                .into_response()
        }
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
