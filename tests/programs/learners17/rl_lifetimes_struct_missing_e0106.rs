// Rustlings-style: a struct field `&str` without a lifetime parameter is E0106.
struct Book {
    author: &str,
    title: &str,
}

fn main() {
    let book = Book { author: "George Orwell", title: "1984" };
    println!("{} by {}", book.title, book.author);
}
// error: E0106 at 3:13
