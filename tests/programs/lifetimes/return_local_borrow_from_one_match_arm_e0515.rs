// One match arm returning a borrow of a local is enough for E0515, reported at the whole `match`, as rustc does.
fn pick(n: i32) -> &'static str {
    let owned = String::from("many");
    match n {
        0 => "none",
        1 => "one",
        _ => &owned,
    }
}

fn main() {
    println!("{}", pick(2));
}
// error: E0515 at 4:5
