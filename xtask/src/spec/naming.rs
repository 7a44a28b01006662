//! Names as progenitor and Rust see them.

use heck::{ToPascalCase, ToSnakeCase};

/// The Rust identifier progenitor derives from an OpenAPI name (mirrors `progenitor_impl::util::sanitize`
/// for snake case), used to find parameter names that collide once sanitised.
pub fn progenitor_snake(name: &str) -> String {
    let replaced = name.replace('\'', "").replace(|c: char| !unicode_ident::is_xid_continue(c), "-");
    let snake = replaced.to_snake_case();
    match snake.chars().next() {
        None => "x".to_owned(),
        Some(c) if unicode_ident::is_xid_start(c) => snake,
        Some(_) => format!("_{snake}"),
    }
}

/// A snake-case Rust identifier for a credential field or method.
pub fn snake(name: &str) -> String {
    name.to_snake_case()
}

/// A PascalCase Rust identifier for an enum variant.
pub fn pascal(name: &str) -> String {
    name.to_pascal_case()
}

/// The environment variable that conventionally holds a provider's credential, e.g. `RAZORPAY_KEY_ID`.
pub fn env_var(provider: &str, field: &str) -> String {
    format!("{}_{}", provider, field).to_uppercase().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitises_like_progenitor() {
        assert_eq!(progenitor_snake("options.get_client_auth_token"), "options_get_client_auth_token");
        assert_eq!(progenitor_snake("x-routing-id"), "x_routing_id");
        assert_eq!(progenitor_snake("customerId"), "customer_id");
        assert_eq!(progenitor_snake("1st"), "_1st");
    }

    #[test]
    fn env_vars_are_upper_snake() {
        assert_eq!(env_var("acme", "key_id"), "ACME_KEY_ID");
    }
}
