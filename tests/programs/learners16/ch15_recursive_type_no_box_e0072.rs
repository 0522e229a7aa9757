// A cons list without Box: E0072 recursive type has infinite size.
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let _l = List::Nil;
}
// error: E0072 at 2:1
