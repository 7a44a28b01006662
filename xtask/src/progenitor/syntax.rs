//! Finding items in progenitor's output by structure (item kinds and names, never its text), and
//! printing its types as a reader writes them.

use syn::Item;

/// The items of the inline module `name` among `items`, if there is one.
pub fn module_mut<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(module) if module.ident == name => module.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// `std` modules whose paths the listing shortens to the item (`::std::option::Option` → `Option`).
const SHORTENED: [&str; 5] = ["option", "result", "string", "vec", "collections"];

/// How many leading segments of `path` the listing drops: 2 for `std::option::Option`, else 0.
pub fn shortened_prefix(path: &syn::Path) -> usize {
    let mut segments = path.segments.iter();
    match (segments.next(), segments.next()) {
        (Some(std), Some(module)) if std.ident == "std" && SHORTENED.iter().any(|m| module.ident == m) => 2,
        _ => 0,
    }
}

/// A type as a reader writes it: std paths shortened, no token spacing.
pub fn type_text(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => {
            let segments: Vec<&syn::PathSegment> = path.path.segments.iter().collect();
            let skip = shortened_prefix(&path.path);
            segments[skip..]
                .iter()
                .map(|segment| {
                    let arguments = match &segment.arguments {
                        syn::PathArguments::AngleBracketed(arguments) => {
                            let inner: Vec<String> = arguments
                                .args
                                .iter()
                                .map(|argument| match argument {
                                    syn::GenericArgument::Type(ty) => type_text(ty),
                                    other => quote::ToTokens::to_token_stream(other).to_string(),
                                })
                                .collect();
                            format!("<{}>", inner.join(","))
                        }
                        _ => String::new(),
                    };
                    format!("{}{arguments}", segment.ident)
                })
                .collect::<Vec<_>>()
                .join("::")
        }
        syn::Type::Reference(reference) => format!("&{}", type_text(&reference.elem)),
        other => quote::ToTokens::to_token_stream(other).to_string(),
    }
}

/// The type arguments of `ty`'s last segment, as text.
pub fn generic_arguments(ty: &syn::Type) -> Vec<String> {
    let syn::Type::Path(path) = ty else { return Vec::new() };
    let Some(segment) = path.path.segments.last() else { return Vec::new() };
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else { return Vec::new() };
    arguments
        .args
        .iter()
        .filter_map(|argument| match argument {
            syn::GenericArgument::Type(ty) => Some(type_text(ty)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use syn::parse_quote;

    use super::*;

    #[test]
    fn types_print_as_written_with_std_paths_shortened() {
        let ty: syn::Type =
            parse_quote!(::std::option::Option<::std::vec::Vec<::pspkit_runtime::types::Open<CurrencyCodeKnown>>>);
        assert_eq!(type_text(&ty), "Option<Vec<pspkit_runtime::types::Open<CurrencyCodeKnown>>>");
        let ty: syn::Type = parse_quote!(::serde_json::Map<::std::string::String, ::serde_json::Value>);
        assert_eq!(type_text(&ty), "serde_json::Map<String,serde_json::Value>");
    }
}
