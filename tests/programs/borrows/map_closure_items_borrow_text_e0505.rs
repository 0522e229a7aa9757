// The twin of map_static_fn_items_collected_outlive_text: items a closure makes from the text's own slices (`|w| w.trim()`) borrow it, so dropping the String before they are used is rustc's E0505.
fn main() {
    let text = String::from(" a , b ");
    let parts: Vec<&str> = text.split(',').map(|w| w.trim()).collect();
    drop(text);
    println!("{:?}", parts);
}
// error: E0505 at 5:10
