// An Rc<Vec<String>> shared by two structs; iterating through either, counts as owners drop.
use std::rc::Rc;

struct Reader {
    name: &'static str,
    book: Rc<Vec<String>>,
}

fn main() {
    let book = Rc::new(vec!["ch1".to_string(), "ch2".to_string()]);
    let a = Reader { name: "a", book: Rc::clone(&book) };
    let b = Reader { name: "b", book: book.clone() };
    for r in [&a, &b] {
        println!("{} reads {}", r.name, r.book.join(","));
    }
    println!("{}", Rc::strong_count(&book));
    drop(a);
    drop(book);
    println!("{} {}", Rc::strong_count(&b.book), b.book.len());
}
// expect: a reads ch1,ch2
// expect: b reads ch1,ch2
// expect: 3
// expect: 1 2
