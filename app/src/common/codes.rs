//! Coded enums: a closed set of values stored in the database and sent in URLs by a short code
//! (`"youth"`), shown to people by a translated label. One declaration gives every such enum
//! the same three things, so no feature writes the matches by hand:
//!
//! - `code(self) -> &'static str`, the stored and sent form;
//! - `from_code(&str) -> Option<Self>`, its inverse (unknown codes are `None`);
//! - `ALL`, every value in declaration order;
//! - with labels (`Variant = "code" => i18n_key`), `label(self, i18n) -> &'static str`;
//! - `Serialize` and `Deserialize` as the code, so the wire, the database and the URL agree.
//!
//! ```ignore
//! coded! {
//!     /// Where an idea stands.
//!     pub enum Stage { Spark = "spark" => stage_spark, Team = "team" => stage_team }
//! }
//! ```

/// The translation context the labels are read from.
pub type I18n = leptos_i18n::I18nContext<crate::i18n::Locale>;

/// Declares a coded enum (see the module documentation). Every variant has a code; either all
/// of them have a label key or none does.
#[macro_export]
macro_rules! coded {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal => $label:ident),+ $(,)?
        }
    ) => {
        $crate::coded! {
            $(#[$meta])*
            $vis enum $name { $($(#[$vmeta])* $variant = $code),+ }
        }

        impl $name {
            /// The name of this value in the reader's language.
            pub fn label(self, i18n: $crate::common::codes::I18n) -> &'static str {
                use $crate::i18n::*;
                match self {
                    $(Self::$variant => t_string!(i18n, $label)),+
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$(Self::$variant),+];

            /// The code stored in the database and sent in URLs.
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code),+
                }
            }

            /// The value with this code, if there is one.
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        // On the wire (JSON, forms, demo data) a value is its code.
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::from_code(&code)
                    .ok_or_else(|| ::serde::de::Error::unknown_variant(&code, &[$($code),+]))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::coded! {
        enum Colour { Red = "red", DeepBlue = "deep_blue" }
    }

    #[test]
    fn every_value_round_trips_through_its_code_and_unknown_codes_are_refused() {
        assert_eq!(Colour::ALL, [Colour::Red, Colour::DeepBlue]);
        for colour in Colour::ALL {
            assert_eq!(Colour::from_code(colour.code()), Some(colour));
        }
        assert_eq!(Colour::DeepBlue.code(), "deep_blue");
        assert_eq!(Colour::from_code("green"), None);
        assert_eq!(Colour::from_code(""), None);
    }

    #[test]
    fn on_the_wire_a_value_is_its_code() {
        assert_eq!(
            serde_json::to_string(&Colour::DeepBlue).unwrap(),
            r#""deep_blue""#
        );
        let read: Colour = serde_json::from_str(r#""red""#).unwrap();
        assert_eq!(read, Colour::Red);
        assert!(serde_json::from_str::<Colour>(r#""DeepBlue""#).is_err());
    }
}
