// Rustlings-style: the cons list without a Box is a recursive type of infinite size, E0072.
#[derive(Debug)]
enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    println!("{:?}", List::Nil);
}
// error: E0072 at 3:1
