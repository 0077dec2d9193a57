//! Pages of accounts: register, confirm the email, sign in, forgotten password, new password,
//! a guardian's consent.
use crate::accounts::api::{
    ConfirmEmail, ConfirmGuardian, Login, Register, RequestPasswordReset, ResetPassword,
};
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use crate::ui::session::SessionCtx;
use crate::ui::session::WithSession;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub fn provide_session() {
    let resource = Resource::new(|| (), |_| crate::accounts::api::get_session_info());
    provide_context(SessionCtx(resource));
}

/// A narrow page with a heading, for the account forms.
#[component]
fn AccountPage(#[prop(into)] title: TextProp, children: Children) -> impl IntoView {
    view! {
        <Title text={
            let title = title.clone();
            move || title.get().to_string()
        } />
        <div class="container narrow">
            <h1>{move || title.get()}</h1>
            {children()}
        </div>
    }
}

fn query(name: &'static str) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let map = use_query_map();
    move || map.with(|m| m.get(name))
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Register>::new();
    let check = |r: &Register| {
        crate::accounts::check_registration(
            &r.email,
            &r.display_name,
            &r.password,
            &r.birth_year,
            &r.guardian_email,
            crate::accounts::current_year(),
        )
    };
    view! {
        <AccountPage title=move || t_string!(i18n, register_title)>
            <p class="lead">{t!(i18n, register_lead)}</p>
            <WithSession view=move |info: SessionInfo| view! {
                <ServerForm action id="register" flash=info.flash check=check>
                    <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                    <Field name="display_name" label=move || t_string!(i18n, field_display_name) hint=move || t_string!(i18n, hint_display_name) autocomplete="nickname" required=true maxlength=60 />
                    <Field name="password" kind="password" label=move || t_string!(i18n, field_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
                    <Field name="birth_year" label=move || t_string!(i18n, field_birth_year) hint=move || t_string!(i18n, hint_birth_year) inputmode="numeric" maxlength=4 />
                    <Field name="guardian_email" kind="email" label=move || t_string!(i18n, field_guardian_email) hint=move || t_string!(i18n, hint_guardian_email) maxlength=254 />
                    <Submit label=move || t_string!(i18n, register_submit) />
                </ServerForm>
            } />
            <p>{t!(i18n, register_have_account)} " " <a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}

#[component]
pub fn RegisterSentPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage title=move || t_string!(i18n, register_sent_title)>
            <div class="notice notice-success" role="status">
                <p>{t!(i18n, register_sent_text)}</p>
            </div>
            <p><a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmEmail>::new();
    let token = query("token");
    view! {
        <AccountPage title=move || t_string!(i18n, confirm_title)>
            <p>{t!(i18n, confirm_text)}</p>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="confirm_email" flash=info.flash>
                        <input type="hidden" name="token" value=token />
                        <Submit label=move || t_string!(i18n, confirm_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let next = query("next");
    let confirmed = query("confirmed");
    let reset = query("reset");
    let check = |l: &Login| {
        let mut check = crate::accounts::Check::new();
        check.email("email", &l.email);
        if l.password.is_empty() {
            check.fail("password", "missing");
        }
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, login_title)>
            {move || confirmed().map(|_| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, login_confirmed)}</p></div>
            })}
            {move || reset().map(|_| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, login_after_reset)}</p></div>
            })}
            <WithSession view=move |info: SessionInfo| {
                let next = next().unwrap_or_default();
                view! {
                    <ServerForm action id="login" flash=info.flash check=check>
                        <input type="hidden" name="next" value=next />
                        <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                        <Field name="password" kind="password" label=move || t_string!(i18n, field_password) autocomplete="current-password" required=true maxlength=128 />
                        <Submit label=move || t_string!(i18n, login_submit) />
                    </ServerForm>
                }
            } />
            <p><a href="/forgot">{t!(i18n, login_forgot)}</a></p>
            <p>{t!(i18n, login_no_account)} " " <a href="/register">{t!(i18n, nav_register)}</a></p>
        </AccountPage>
    }
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let check = |r: &RequestPasswordReset| {
        let mut check = crate::accounts::Check::new();
        check.email("email", &r.email);
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, forgot_title)>
            <p>{t!(i18n, forgot_text)}</p>
            <WithSession view=move |info: SessionInfo| view! {
                <ServerForm action id="request_password_reset" flash=info.flash check=check>
                    <Field name="email" kind="email" label=move || t_string!(i18n, field_email) autocomplete="email" required=true maxlength=254 />
                    <Submit label=move || t_string!(i18n, forgot_submit) />
                </ServerForm>
            } />
        </AccountPage>
    }
}

#[component]
pub fn ForgotSentPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage title=move || t_string!(i18n, forgot_sent_title)>
            <div class="notice notice-success" role="status"><p>{t!(i18n, forgot_sent_text)}</p></div>
            <p><a href="/login">{t!(i18n, nav_login)}</a></p>
        </AccountPage>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let token = query("token");
    let check = |r: &ResetPassword| {
        let mut check = crate::accounts::Check::new();
        check.password("password", &r.password);
        check.finish()
    };
    view! {
        <AccountPage title=move || t_string!(i18n, reset_title)>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="reset_password" flash=info.flash check=check>
                        <input type="hidden" name="token" value=token />
                        <Field name="password" kind="password" label=move || t_string!(i18n, field_new_password) hint=move || t_string!(i18n, hint_password) autocomplete="new-password" required=true maxlength=128 />
                        <Submit label=move || t_string!(i18n, reset_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}

#[component]
pub fn GuardianPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmGuardian>::new();
    let token = query("token");
    view! {
        <AccountPage title=move || t_string!(i18n, guardian_title)>
            <p>{t!(i18n, guardian_text)}</p>
            <WithSession view=move |info: SessionInfo| {
                let token = token().unwrap_or_default();
                view! {
                    <ServerForm action id="confirm_guardian" flash=info.flash>
                        <input type="hidden" name="token" value=token />
                        <Submit label=move || t_string!(i18n, guardian_submit) />
                    </ServerForm>
                }
            } />
        </AccountPage>
    }
}

#[component]
pub fn GuardianDonePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AccountPage title=move || t_string!(i18n, guardian_done_title)>
            <div class="notice notice-success" role="status"><p>{t!(i18n, guardian_done_text)}</p></div>
        </AccountPage>
    }
}
