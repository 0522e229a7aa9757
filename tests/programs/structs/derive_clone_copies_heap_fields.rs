// `#[derive(Clone)]` gives `.clone()`, which clones each String field into a new allocation.
#[derive(Debug, Clone)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let a = Book { title: String::from("Rust"), pages: 550 };
    let mut b = a.clone();
    b.title.push_str(" 2e");
    b.pages += 10;
    println!("{:?}", a);
    println!("{:?}", b);
}
// expect: Book { title: "Rust", pages: 550 }
// expect: Book { title: "Rust 2e", pages: 560 }
