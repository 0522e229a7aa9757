// A function may not return a two-lifetime struct holding a borrow of its own String: E0515.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn make<'a, 'b>(x: &'a str) -> Pair<'a, 'b> {
    let local = String::from("local");
    Pair { x, y: &local }
}

fn main() {
    let a = String::from("a");
    let p = make(&a);
    println!("{} {}", p.x, p.y);
}
// error: E0515 at 9:5
