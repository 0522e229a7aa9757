// The closure given to for_each stores each item (a &str into text) in `out`, which it captures by `&mut`: out then holds text's borrow, so `text.clear()` before out is printed is rustc's E0502 (the engine ran it).
fn main() {
    let mut text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    text.split(' ').for_each(|w| out.push(w));
    text.clear();
    println!("{:?}", out);
}
// error: E0502 at 6:5
