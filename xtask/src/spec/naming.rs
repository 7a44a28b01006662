//! Names as progenitor and Rust see them.

use heck::{ToPascalCase, ToSnakeCase};

/// The Rust identifier progenitor derives from an OpenAPI name (mirrors `progenitor_impl::util::sanitize`
/// for snake case, which is private; a keyword gets `_` by typify's public `accept_as_ident`, as
/// progenitor does), used to find parameter names that collide once sanitised. The contract's
/// `Builders` entry checks every builder field against it.
pub fn progenitor_snake(name: &str) -> String {
    let snake = match name {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => name.replace('\'', "").replace(|c: char| !unicode_ident::is_xid_continue(c), "-").to_snake_case(),
    };
    let snake = match snake.chars().next() {
        None => "x".to_owned(),
        Some(c) if unicode_ident::is_xid_start(c) => snake,
        Some(_) => format!("_{snake}"),
    };
    if typify::accept_as_ident(&snake) { snake } else { format!("{snake}_") }
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
    fn progenitor_snake_follows_progenitors_sanitizer_keywords_included() {
        let names = ["page.size", "X-Trace-Id", "type", "self", "gen", "1st", "", "+1", "it's"];
        let snake: Vec<String> = names.into_iter().map(progenitor_snake).collect();
        assert_eq!(snake, ["page_size", "x_trace_id", "type_", "self_", "gen_", "_1st", "x", "plus1", "its"]);
    }

    #[test]
    fn env_vars_are_upper_snake() {
        assert_eq!(env_var("acme", "key_id"), "ACME_KEY_ID");
    }
}
