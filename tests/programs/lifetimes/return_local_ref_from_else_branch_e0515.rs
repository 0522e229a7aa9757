// A borrow of a local returned from one `if` branch is E0515 at that branch's value, as rustc points.
fn pick(n: i32) -> Option<&'static str> {
    let owned = String::from("many");
    if n > 0 { None } else { Some(&owned) }
}

fn main() {
    println!("{:?}", pick(2));
}
// error: E0515 at 4:30
