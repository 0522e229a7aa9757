// A recursive enum without indirection has infinite size: E0072.
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let _l = List::Nil;
}
// error: E0072 at 2:1
