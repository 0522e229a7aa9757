// Walking an enum linked list with a while-let loop over a reference, summing its payloads.
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(list: &List) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let List::Cons(v, next) = cur {
        total += v;
        cur = next;
    }
    total
}

fn main() {
    let list = List::Cons(4, Box::new(List::Cons(5, Box::new(List::Cons(6, Box::new(List::Nil))))));
    println!("sum = {}", sum(&list));
}
// expect: sum = 15
