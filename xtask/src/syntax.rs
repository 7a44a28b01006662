//! Finding items in progenitor's output by structure (item kinds and names, never its text).

use syn::Item;

/// The items of the inline module `name` among `items`, if there is one.
pub fn module_mut<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(module) if module.ident == name => module.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}
