// A `&'static str` trait constant with a default, overridden by one impl, printed through a provided method.
trait Named {
    const NAME: &'static str = "thing";
    fn describe(&self) -> String {
        format!("a {}", Self::NAME)
    }
}

struct Cup;
struct Book;

impl Named for Cup {}

impl Named for Book {
    const NAME: &'static str = "book";
}

fn main() {
    println!("{}", Cup.describe());
    println!("{}", Book.describe());
    println!("{} {}", Cup::NAME.len(), Book::NAME);
}
// expect: a thing
// expect: a book
// expect: 5 book
