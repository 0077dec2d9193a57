//! Email: every message is written to the `outbox` table inside the transaction that caused it
//! (so a rolled-back registration sends nothing), and the server's sender delivers it. The
//! texts are written here in both languages; the recipient's language picks one.
use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// A message ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub user_id: Option<i64>,
    pub recipient: String,
    pub kind: &'static str,
    pub subject: String,
    pub body: String,
}

/// Most messages one address receives per hour, whoever causes them: the platform must not
/// become a way to flood someone's inbox.
pub const PER_RECIPIENT_PER_HOUR: u32 = 5;

/// Kinds that have their own per-address limit, which answers the person who asks ("too
/// many requests") instead of dropping the message: a password reset is never dropped
/// silently because other mail to the address used up its hour.
const OWN_LIMIT: &[&str] = &["reset_password"];

/// Queues a message. The sender is woken after the transaction commits (see [`wake_sender`]).
/// Beyond [`PER_RECIPIENT_PER_HOUR`] for one address the message is dropped (and logged),
/// except the kinds in [`OWN_LIMIT`].
pub async fn enqueue(conn: &mut SqliteConnection, mail: &Mail) -> Result<(), AppError> {
    if OWN_LIMIT.contains(&mail.kind) {
        // Limited where it is asked for (see `request_password_reset`).
    } else if let Some(state) = leptos::prelude::use_context::<crate::server::state::AppState>() {
        let key = format!("mail:to:{}", mail.recipient.to_lowercase());
        let hour = std::time::Duration::from_secs(3600);
        if !state.limiter.allow(&key, PER_RECIPIENT_PER_HOUR, hour) {
            tracing::warn!(
                kind = mail.kind,
                "email dropped: too many to one address this hour"
            );
            return Ok(());
        }
    }
    // A subject is one header line whatever went into it.
    let subject: String = mail
        .subject
        .chars()
        .map(|c| {
            if crate::common::breaks_line(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    sqlx::query!(
        "INSERT INTO outbox (user_id, recipient, kind, subject, body) VALUES (?, ?, ?, ?, ?)",
        mail.user_id,
        mail.recipient,
        mail.kind,
        subject,
        mail.body
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Commits a transaction that queued mail (or notifications that may mail), then wakes the
/// sender, so nothing waits for its next round.
pub async fn commit_and_send(
    tx: sqlx::Transaction<'_, sqlx::Sqlite>,
) -> Result<(), crate::common::error::AppError> {
    tx.commit().await?;
    wake_sender();
    Ok(())
}

/// Tells the sender there is mail; call after committing.
pub fn wake_sender() {
    if let Some(state) = leptos::prelude::use_context::<crate::server::state::AppState>() {
        state.mail_wakeup.notify_one();
    }
}

fn pick(locale: &str, lt: String, en: String) -> String {
    if locale == "en" {
        en
    } else {
        lt
    }
}

const SIGNATURE_LT: &str = "\n\n– Santaka, Kauno idėjų platforma";
const SIGNATURE_EN: &str = "\n\n– Santaka, the ideas platform of Kaunas";

pub fn verify_email(locale: &str, user_id: i64, to: &str, name: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "verify_email",
        subject: pick(
            locale,
            "Patvirtinkite savo el. pašto adresą Santakoje".into(),
            "Confirm your email address for Santaka".into(),
        ),
        body: pick(
            locale,
            format!("Sveiki, {name},\n\nkad galėtumėte skelbti idėjas ir prisijungti prie komandų, patvirtinkite savo el. pašto adresą:\n\n{link}\n\nNuoroda galioja 48 valandas. Jei Santakoje nesiregistravote, šį laišką galite ištrinti.{SIGNATURE_LT}"),
            format!("Hello {name},\n\nto share ideas and join teams, please confirm your email address:\n\n{link}\n\nThe link is valid for 48 hours. If you did not sign up for Santaka, you can delete this email.{SIGNATURE_EN}"),
        ),
    }
}

/// Sent when someone registers with an address that already has an account: the owner learns
/// of it, the person registering learns nothing (no account enumeration).
pub fn already_registered(locale: &str, user_id: i64, to: &str, login: &str, reset: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "already_registered",
        subject: pick(
            locale,
            "Jūs jau turite Santakos paskyrą".into(),
            "You already have a Santaka account".into(),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\nkažkas (galbūt jūs) bandė užregistruoti šį el. pašto adresą Santakoje, bet paskyra su juo jau yra.\n\nPrisijungti: {login}\nPamiršote slaptažodį? {reset}\n\nJei tai buvote ne jūs, nieko daryti nereikia.{SIGNATURE_LT}"),
            format!("Hello,\n\nsomeone (perhaps you) tried to register this email address with Santaka, but an account with it already exists.\n\nLog in: {login}\nForgot your password? {reset}\n\nIf this was not you, there is nothing to do.{SIGNATURE_EN}"),
        ),
    }
}

pub fn reset_password(locale: &str, user_id: i64, to: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "reset_password",
        subject: pick(
            locale,
            "Santakos slaptažodžio keitimas".into(),
            "Resetting your Santaka password".into(),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\nnaują slaptažodį galite nustatyti čia:\n\n{link}\n\nNuoroda galioja vieną valandą ir tik vieną kartą. Jei slaptažodžio keisti neprašėte, šį laišką galite ištrinti – jūsų slaptažodis nepasikeis.{SIGNATURE_LT}"),
            format!("Hello,\n\nyou can set a new password here:\n\n{link}\n\nThe link is valid for one hour and works once. If you did not ask to reset your password, you can delete this email; your password stays as it is.{SIGNATURE_EN}"),
        ),
    }
}

/// An invitation to someone the steering group imported as a mentor: both languages (their
/// language is not known yet), with the link to set their own password.
pub fn mentor_invitation(user_id: i64, to: &str, name: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "mentor_invitation",
        subject: "Kvietimas būti Santakos mentoriumi / An invitation to mentor on Santaka".into(),
        body: format!(
            "Sveiki, {name},\n\nKauno idėjų platformos Santaka iniciatyvinė grupė kviečia jus būti mentoriumi: padėti jaunimo ir bendruomenių komandoms nuo idėjos iki jos įgyvendinimo. Jūsų paskyra jau sukurta; nustatykite slaptažodį čia:\n\n{link}\n\nNuoroda galioja 14 dienų ir tik vieną kartą. Jei nenorite dalyvauti, šį laišką galite ištrinti.{SIGNATURE_LT}\n\n---\n\nHello {name},\n\nthe steering group of Santaka, Kaunas' platform for ideas, invites you to mentor: to guide youth and community teams from an idea to its realisation. Your account is ready; set your password here:\n\n{link}\n\nThe link works once, for 14 days. If you would rather not take part, you can delete this email.{SIGNATURE_EN}"
        ),
    }
}

/// An invitation to speak for an organisation: the account is made and attached to it; the
/// link sets its password.
pub fn partner_invitation(
    user_id: i64,
    to: &str,
    name: &str,
    organisation: &str,
    link: &str,
) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "partner_invitation",
        subject: format!("Kvietimas į Santaką: {organisation} / An invitation to Santaka: {organisation}"),
        body: format!(
            "Sveiki, {name},\n\nKauno idėjų platformos Santaka koordinacinė grupė kviečia jus atstovauti organizacijai „{organisation}“: siūlyti erdves, lėšas, medžiagas ar laiką jaunimo ir bendruomenių idėjoms. Jūsų paskyra jau sukurta ir susieta su organizacija; nustatykite slaptažodį čia:\n\n{link}\n\nNuoroda galioja 14 dienų ir tik vieną kartą. Jei nenorite dalyvauti, šį laišką galite ištrinti.{SIGNATURE_LT}\n\n---\n\nHello {name},\n\nthe steering group of Santaka, Kaunas' platform for ideas, invites you to speak for {organisation}: to offer venues, money, materials or time to youth and community ideas. Your account is ready and attached to the organisation; set your password here:\n\n{link}\n\nThe link works once, for 14 days. If you would rather not take part, you can delete this email.{SIGNATURE_EN}"
        ),
    }
}

/// A note to someone with an account whom the steering group attached to an organisation.
pub fn partner_role(
    locale: &str,
    user_id: i64,
    to: &str,
    organisation: &str,
    profile: &str,
) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "partner_role",
        subject: pick(
            locale,
            format!("Jūs atstovaujate „{organisation}“ Santakoje"),
            format!("You speak for {organisation} on Santaka"),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\nkoordinacinė grupė jus susiejo su organizacija „{organisation}“. Ką ji gali pasiūlyti, nurodykite profilyje:\n\n{profile}{SIGNATURE_LT}"),
            format!("Hello,\n\nthe steering group attached you to {organisation}. Say what it can offer on your profile:\n\n{profile}{SIGNATURE_EN}"),
        ),
    }
}

/// A note to someone with an account whom the steering group made a mentor.
pub fn mentor_role(locale: &str, user_id: i64, to: &str, profile: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "mentor_role",
        subject: pick(
            locale,
            "Jūs – Santakos mentorius".into(),
            "You are a Santaka mentor".into(),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\niniciatyvinė grupė jums suteikė mentoriaus vaidmenį. Savo sritis ir kiek komandų galite vesti nurodykite profilyje:\n\n{profile}{SIGNATURE_LT}"),
            format!("Hello,\n\nthe steering group made you a mentor. Tell teams what you know and how many teams you can guide on your profile:\n\n{profile}{SIGNATURE_EN}"),
        ),
    }
}

pub fn guardian_consent(locale: &str, user_id: i64, to: &str, child: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        recipient: to.to_owned(),
        kind: "guardian_consent",
        subject: pick(
            locale,
            format!("{child} nori prisijungti prie Santakos – reikia jūsų sutikimo"),
            format!("{child} would like to join Santaka: your consent is needed"),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\n{child} užsiregistravo Santakoje – Kauno idėjų platformoje, kurioje jaunimas, kultūros, švietimo, verslo ir socialinis sektoriai kartu kuria idėjas miestui. Nurodė jūsų el. paštą kaip tėvų ar globėjų.\n\nKol nesutiksite, paskyra gali tik naršyti: negali skelbti idėjų ar prisijungti prie komandų. Vaiko el. paštas ir gimimo metai niekada nerodomi viešai.\n\nJei sutinkate, patvirtinkite čia (nuoroda galioja 7 dienas):\n\n{link}\n\nJei šio vaiko nepažįstate, laišką galite ištrinti.{SIGNATURE_LT}"),
            format!("Hello,\n\n{child} has signed up for Santaka, the ideas platform of Kaunas where the youth, cultural, educational, business and social sectors develop ideas for the city together, and gave your email as a parent or guardian.\n\nUntil you consent, the account can only browse: it cannot share ideas or join teams. A child's email and birth year are never shown in public.\n\nIf you agree, please confirm here (the link is valid for 7 days):\n\n{link}\n\nIf you do not know this child, you can delete this email.{SIGNATURE_EN}"),
        ),
    }
}

/// An invitation to edit an idea together. The recipient may not have an account yet.
pub fn coauthor_invite(
    locale: &str,
    user_id: Option<i64>,
    to: &str,
    inviter: &str,
    idea: &str,
    link: &str,
) -> Mail {
    Mail {
        user_id,
        recipient: to.to_owned(),
        kind: "coauthor_invite",
        subject: pick(
            locale,
            format!("{inviter} kviečia kartu tobulinti idėją „{idea}“"),
            format!("{inviter} invites you to develop the idea \"{idea}\""),
        ),
        body: pick(
            locale,
            format!("Sveiki,\n\n{inviter} Santakoje kviečia jus tapti idėjos „{idea}“ bendraautoriu: galėsite ją redaguoti, o jūsų vardas bus rodomas prie idėjos.\n\nPrisijunkite (arba užsiregistruokite) ir priimkite kvietimą čia (nuoroda galioja 14 dienų):\n\n{link}\n\nJei kvietimo nelaukėte, laišką galite ištrinti.{SIGNATURE_LT}"),
            format!("Hello,\n\n{inviter} invites you on Santaka to co-author the idea \"{idea}\": you will be able to edit it and your name will be shown with it.\n\nSign in (or sign up) and accept the invitation here (the link is valid for 14 days):\n\n{link}\n\nIf you were not expecting this, you can delete this email.{SIGNATURE_EN}"),
        ),
    }
}
