use crate::common::codes::I18n;
use crate::common::{Kind, ACCEPTED, DECLINED};
use crate::i18n::*;
use crate::notify::api::*;
use crate::notify::*;
use crate::ui::forms::{ServerForm, Submit};
use leptos::prelude::*;

/// The detail of a notification, translated where it is a code.
fn detail_text(i18n: I18n, n: &Notification) -> String {
    match (n.kind, n.detail.as_str()) {
        (Kind::JoinAnswer, ACCEPTED) => t_string!(i18n, notify_accepted).to_owned(),
        (Kind::JoinAnswer, DECLINED) => t_string!(i18n, notify_declined).to_owned(),
        (Kind::FollowedActivity, "comment") => t_string!(i18n, notify_new_comment).to_owned(),
        (Kind::FollowedActivity, "team") => t_string!(i18n, notify_team_formed).to_owned(),
        // A stage reached (a gate signed off): the stage's name.
        (Kind::FollowedActivity, code) if crate::ideas::stage::Stage::from_code(code).is_some() => {
            format!(
                "{} {}",
                t_string!(i18n, notify_stage_reached),
                crate::ideas::stage::stage_of(code).label(i18n)
            )
        }
        (Kind::GateDecision, code) | (Kind::PledgeAnswer, code) => {
            crate::gates::GateStatus::from_code(code)
                .map(|s| s.label(i18n).to_owned())
                .or_else(|| {
                    crate::pledges::PledgeStatus::from_code(code).map(|s| s.label(i18n).to_owned())
                })
                .unwrap_or_else(|| code.to_owned())
        }
        (_, detail) => detail.to_owned(),
    }
}

#[component]
pub(crate) fn InboxView(
    inbox: Inbox,
    reload: Callback<String>,
    flash: Option<crate::common::FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mark_all = ServerAction::<MarkRead>::new();
    let prefs_action = ServerAction::<SetNotificationPrefs>::new();
    let Inbox {
        items,
        unread,
        prefs,
    } = inbox;
    view! {
        <section aria-labelledby="inbox-title">
            <h2 id="inbox-title">{t!(i18n, notify_inbox)} " (" {t!(i18n, notify_unread)} ": " <span data-testid="unread">{unread}</span> ")"</h2>
            {(unread > 0).then(|| view! {
                <ServerForm action=mark_all id="mark_read" class="inline-form" on_success=reload scope="all" flash=flash.clone()>
                    <Submit label=move || t_string!(i18n, notify_mark_all) secondary=true />
                </ServerForm>
            })}
            {items.is_empty().then(|| view! { <p class="empty">{t!(i18n, notify_empty)}</p> })}
            <ul class="notifications" data-testid="notifications">
                {items.into_iter().map(|n| {
                    let detail = detail_text(i18n, &n);
                    let kind = n.kind;
                    view! {
                        <li class="notification" class:unread=!n.read data-kind=kind.code()>
                            <p>
                                <strong>{move || kind.label(i18n)}</strong>
                                " · " <a href=n.link.clone()>{n.subject.clone()}</a>
                                {(!detail.is_empty()).then(|| view! { " · " {detail} })}
                            </p>
                            <p class="meta">
                                {n.actor.clone()} {n.actor.is_some().then_some(" · ")}
                                <time datetime=n.created_at.clone()>{n.created_at.chars().take(16).collect::<String>()}</time>
                                {(!n.read).then(|| view! { " · " <span class="badge">{t!(i18n, notify_new)}</span> })}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="prefs-title" class="notify-prefs">
            <h2 id="prefs-title">{t!(i18n, notify_prefs)}</h2>
            <p class="hint">{t!(i18n, notify_prefs_hint)}</p>
            <ServerForm action=prefs_action id="set_notification_prefs" on_success=reload scope="prefs" flash>
                {prefs.into_iter().map(|(kind, mode)| view! {
                    <fieldset class="field pref-row">
                        <legend>{move || kind.label(i18n)}</legend>
                        {Mode::ALL.into_iter().map(|m| {
                            let id = format!("pref-{}-{}", kind.code(), m.code());
                            view! {
                                <span class="radio">
                                    <input type="radio" id=id.clone() name=kind.code() value=m.code() checked=m == mode />
                                    <label for=id>{move || m.label(i18n)}</label>
                                </span>
                            }
                        }).collect_view()}
                    </fieldset>
                }).collect_view()}
                <Submit label=move || t_string!(i18n, notify_prefs_save) />
            </ServerForm>
        </section>
    }
}
