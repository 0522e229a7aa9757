// Rustlings-style: a recursive cons list made possible by Box, with empty and non-empty constructors.
#[derive(PartialEq, Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn create_empty_list() -> List {
    List::Nil
}

fn create_non_empty_list() -> List {
    List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))))
}

fn main() {
    println!("This is an empty cons list: {:?}", create_empty_list());
    println!("This is a non-empty cons list: {:?}", create_non_empty_list());
    println!("{}", create_empty_list() == List::Nil);
    println!("{}", create_empty_list() != create_non_empty_list());
}
// expect: This is an empty cons list: Nil
// expect: This is a non-empty cons list: Cons(1, Cons(2, Nil))
// expect: true
// expect: true
