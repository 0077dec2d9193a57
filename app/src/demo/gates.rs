//! Demo stage gates: ideas whose teams came to a workshop are at the workshop stage (the rule
//! of `ideas::stage::on_attended`, applied to the demo's attendance), a mentor at capacity, and
//! sign-off histories: ideas that reached "ready" (one after being returned once), ideas
//! confirmed realised, and a request waiting for Aistė. Seeded once, into an empty table.
use crate::common::error::AppError;
use crate::ideas::stage::{on_attended, stage_of};
use sqlx::SqliteConnection;

/// A request in a demo history.
struct Request {
    idea: &'static str,
    to: &'static str,
    asked_by: &'static str,
    days_ago: i64,
    note: &'static str,
    /// Evidence per criterion, in the gate's order.
    evidence: &'static [&'static str],
    /// Who decided, days after asking, approved or not, their word, and reasons per criterion.
    decision: Option<(
        &'static str,
        i64,
        bool,
        &'static str,
        &'static [&'static str],
    )>,
}

const REQUESTS: [Request; 6] = [
    Request {
        idea: "Viduramžių amatų dirbtuvės vaikams Kauno pilies kieme",
        to: "ready",
        asked_by: "mindaugas",
        days_ago: 48,
        note: "Prašome peržiūrėti: norime pradėti registraciją mokykloms jau kitą mėnesį.",
        evidence: &[
            "Senamiesčio mokyklų 3–5 klasių vaikai retai turi progą patys išbandyti amatus; mokytojos prašė praktinių istorijos pamokų.",
            "Keturi šeštadieniai gegužę–birželį, kiekvieną – trys stotelės; atsakingi paskirti plane.",
            "Medžiagos ir amatininkų honorarai – 1 200 €.",
            "Kauno pilies kiemas; pilies administracija sutinka raštu.",
            "Kultūra ir švietimas: amatininkai ir dvi mokytojos.",
        ],
        decision: Some((
            "vilma",
            3,
            false,
            "Labai gera pradžia. Trūksta dviejų dalykų, tada patvirtinsiu.",
            &[
                "",
                "",
                "Biudžete nėra, iš kur bus lėšos: parašykite, kas dengia 1 200 €.",
                "Reikia ir savivaldybės leidimo renginiui viešoje vietoje, ne tik pilies sutikimo.",
                "",
            ],
        )),
    },
    Request {
        idea: "Viduramžių amatų dirbtuvės vaikams Kauno pilies kieme",
        to: "ready",
        asked_by: "mindaugas",
        days_ago: 40,
        note: "Papildėme biudžetą ir leidimą.",
        evidence: &[
            "Senamiesčio mokyklų 3–5 klasių vaikai retai turi progą patys išbandyti amatus; mokytojos prašė praktinių istorijos pamokų.",
            "Keturi šeštadieniai gegužę–birželį, kiekvieną – trys stotelės; atsakingi paskirti plane.",
            "1 200 €: 700 € skiria Senamiesčio seniūnija, 500 € – amatininkų gildija (raštai pridėti).",
            "Savivaldybės leidimas renginiui pilies kieme gautas balandžio 2 d.",
            "Kultūra ir švietimas: amatininkai ir dvi mokytojos.",
        ],
        decision: Some(("vilma", 2, true, "Patvirtinu. Sėkmės pirmą šeštadienį!", &[])),
    },
    Request {
        idea: "Teen-led walks through Kaunas interwar modernism",
        to: "ready",
        asked_by: "emily",
        days_ago: 60,
        note: "Our guides finished the spring studio and rehearsed twice.",
        evidence: &[
            "Teenagers and visitors walk past modernist buildings without knowing their stories; school groups asked for peer-led tours.",
            "Six Saturday walks from May to July; each guide owns one route.",
            "Printed maps and two voice amplifiers: 380 €, covered by the school's project fund.",
            "Public streets; the tourism office confirmed no permit is needed for groups under 25.",
            "Culture, education and youth: a teacher, two architecture students and six teenage guides.",
        ],
        decision: Some(("darius", 4, true, "Excellent preparation. Signed off.", &[])),
    },
    Request {
        idea: "Ukrainian–Lithuanian teen language café",
        to: "ready",
        asked_by: "andrii",
        days_ago: 2,
        note: "We would like to open the café to two more schools in spring.",
        evidence: &[
            "Ukrainian and Lithuanian teenagers in Kaunas rarely meet outside class; language is the wall.",
            "Every second Thursday from March to June; Andrii and Ieva host, volunteers listed in the plan.",
            "Snacks and outings: 90 € a month, asked from the youth council.",
            "The Vilijampolė youth space hosts us; a second venue is being discussed.",
            "Social, youth and education: a youth worker, a teacher and the teenagers themselves.",
        ],
        decision: None,
    },
    Request {
        idea: "Neries pakrantės švarinimo šeštadieniai Vilijampolėje",
        to: "realised",
        asked_by: "ieva",
        days_ago: 30,
        note: "",
        evidence: &[
            "Penki švarinimo šeštadieniai nuo balandžio iki rugsėjo Vilijampolės pakrantėje.",
            "Dalyvavo 146 žmonės, surinkta 2,3 tonos atliekų.",
            "Kitąmet reikės daugiau rūšiavimo konteinerių; prisijungs dvi mokyklos.",
        ],
        decision: Some(("egle", 1, true, "Patvirtinta. Ačiū komandai!", &[])),
    },
    Request {
        idea: "Naktis bibliotekoje: mokinių kūrybinis maratonas",
        to: "realised",
        asked_by: "gabija",
        days_ago: 20,
        note: "",
        evidence: &[
            "Maratonas įvyko Kauno apskrities viešojoje bibliotekoje nuo 18 iki 8 valandos.",
            "Dalyvavo 64 mokiniai iš 9 mokyklų; sukurti 23 komiksai.",
            "Kitąmet norime kviesti ir jaunimo centrus; biblioteka sutinka.",
        ],
        decision: Some(("egle", 2, true, "Puikus rezultatas.", &[])),
    },
];

async fn person(conn: &mut SqliteConnection, key: &str) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(format!("{key}@santaka.test"))
        .fetch_optional(&mut *conn)
        .await?)
}

/// Seeds the demo gates when there are no requests yet; returns how many rows it wrote.
pub async fn seed_gates(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT count(*) FROM gate_requests")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let mut written = 0;
    // Teams whose leads or members came to a demo workshop have reached the workshop stage.
    let attended: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT i.id, i.stage FROM workshop_seats s
           JOIN team_members m ON m.user_id = s.user_id AND m.role IN ('lead', 'member')
           JOIN teams t ON t.id = m.team_id JOIN ideas i ON i.id = t.idea_id
          WHERE s.attended = 1",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (idea, stage) in attended {
        if let Some(to) = on_attended(stage_of(&stage)) {
            written += sqlx::query("UPDATE ideas SET stage = ? WHERE id = ?")
                .bind(to.code())
                .bind(idea)
                .execute(&mut *conn)
                .await?
                .rows_affected();
        }
    }
    // Vilma guides two teams and can take no more.
    if let Some(vilma) = person(conn, "vilma").await? {
        written += sqlx::query("UPDATE mentor_profiles SET capacity = 2 WHERE user_id = ?")
            .bind(vilma)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    for r in &REQUESTS {
        let Some((idea,)): Option<(i64,)> = sqlx::query_as("SELECT id FROM ideas WHERE title = ?")
            .bind(r.idea)
            .fetch_optional(&mut *conn)
            .await?
        else {
            continue;
        };
        let asked_by = person(conn, r.asked_by).await?;
        let (status, decided_by, decided_at, decision) = match r.decision {
            Some((who, after, approve, word, _)) => (
                if approve { "approved" } else { "returned" },
                person(conn, who).await?,
                Some(format!("-{} days", r.days_ago - after)),
                word,
            ),
            None => ("requested", None, None, ""),
        };
        let (request,): (i64,) = sqlx::query_as(
            "INSERT INTO gate_requests (idea_id, to_stage, status, note, asked_by, asked_at,
                                        decided_by, decided_at, decision)
             VALUES (?, ?, ?, ?, ?, datetime('now', ?), ?,
                     CASE WHEN ? IS NULL THEN NULL ELSE datetime('now', ?) END, ?)
             RETURNING id",
        )
        .bind(idea)
        .bind(r.to)
        .bind(status)
        .bind(r.note)
        .bind(asked_by)
        .bind(format!("-{} days", r.days_ago))
        .bind(decided_by)
        .bind(&decided_at)
        .bind(&decided_at)
        .bind(decision)
        .fetch_one(&mut *conn)
        .await?;
        written += 1;
        let criteria: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM gate_criteria WHERE stage = ? AND retired_at IS NULL
              ORDER BY position, id",
        )
        .bind(r.to)
        .fetch_all(&mut *conn)
        .await?;
        let reasons = r.decision.map(|d| d.4).unwrap_or_default();
        for (i, (criterion,)) in criteria.iter().enumerate() {
            sqlx::query(
                "INSERT INTO gate_evidence (request_id, criterion_id, text, reason)
                 VALUES (?, ?, ?, ?)",
            )
            .bind(request)
            .bind(criterion)
            .bind(r.evidence.get(i).copied().unwrap_or("Žr. komandos planą."))
            .bind(reasons.get(i).copied().unwrap_or_default())
            .execute(&mut *conn)
            .await?;
            written += 1;
        }
    }
    Ok(written)
}
