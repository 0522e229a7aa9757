// Through a `&mut Option<String>` the move is still out of borrowed memory (E0507); `take()` is the way out.
fn first(slot: &mut Option<String>) -> String {
    slot.unwrap()
}

fn main() {
    let mut s = Some(String::from("x"));
    println!("{}", first(&mut s));
}
// error: E0507 at 3:5
